using System.Collections.Concurrent;

namespace Lumo.Sandbox.Engine.Companies;

/// <summary>All companies, found by id, email or current API key. Lock-free reads on the hot path.</summary>
internal sealed class CompanyDirectory
{
    private readonly ConcurrentDictionary<Guid, CompanyState> _byId = new();
    private readonly ConcurrentDictionary<string, CompanyState> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, CompanyState> _byApiKey = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    public IEnumerable<CompanyState> All => _byId.Values;

    public void Add(CompanyState company)
    {
        if (!_byEmail.TryAdd(company.Email, company))
        {
            throw EngineException.Conflict($"A company with email {company.Email} already exists");
        }

        if (!_byApiKey.TryAdd(company.ApiKey, company))
        {
            _byEmail.TryRemove(company.Email, out _);
            throw EngineException.Conflict("A company with this API key already exists");
        }

        _byId[company.Id] = company;
    }

    public CompanyState? FindById(Guid id) => _byId.GetValueOrDefault(id);

    public CompanyState? FindByEmail(string email) => _byEmail.GetValueOrDefault(email);

    public CompanyState? FindByApiKey(string apiKey) => _byApiKey.GetValueOrDefault(apiKey);

    /// <summary>Issues a new key and revokes the old one. Call under the company's lock.</summary>
    public string RotateKey(CompanyState company)
    {
        string key;
        do
        {
            key = company.Random.NextApiKey();
        }
        while (!_byApiKey.TryAdd(key, company));

        _byApiKey.TryRemove(company.ApiKey, out _);
        company.ApiKey = key;
        return key;
    }
}
