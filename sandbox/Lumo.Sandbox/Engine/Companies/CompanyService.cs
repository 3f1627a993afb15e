using Lumo.Sandbox.Engine.Idempotency;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Companies;

/// <summary>Companies: creation (scenario and control API), login with key rotation, profile, balance.</summary>
internal sealed class CompanyService(SandboxEngine engine)
{
    private int _created;

    public CompanyState Create(NewCompany spec, bool createdAtRuntime)
    {
        // Each company draws from its own seeded stream, so one tenant's calls never shift another's data.
        var index = Interlocked.Increment(ref _created);
        var random = new SandboxRandom(unchecked((engine.Scenario.Seed * 1_000_003) + index));
        var id = spec.Id ?? random.NextGuid();
        var company = new CompanyState
        {
            Id = id,
            Name = spec.Name ?? $"Sandbox Company {index}",
            Email = spec.Email ?? $"company-{id:N}@sandbox.lumo.test",
            Password = spec.Password ?? random.NextHex(12),
            ApiKey = spec.ApiKey ?? random.NextApiKey(),
            IsActive = spec.IsActive,
            Address = random.NextTronAddress(),
            WebhookSecret = spec.WebhookSecret ?? "whsec_" + random.NextHex(24),
            QrRateOffsetBps = spec.QrRateOffsetBps,
            Ledger = new Ledger(Money.Round(spec.UsdtBalance), Money.Round(spec.TrxBalance)),
            Random = random,
            Idempotency = new IdempotencyStore(engine.Timing.IdempotencyKeyTtl, IdempotencyStore.DefaultCapacity),
            ContactEmail = spec.ContactEmail,
            ContactTelegram = spec.ContactTelegram,
            WebhookUrl = spec.WebhookUrl,
            DeliverWebhooksTwice = spec.DeliverWebhooksTwice,
            DepositForwardAddress = spec.DepositForwardAddress,
            CreatedAtRuntime = createdAtRuntime,
        };
        engine.Companies.Add(company);
        return company;
    }

    /// <summary>Checks the password and issues a new key; the previous key stops working at once.</summary>
    public LoginView Login(string email, string password)
    {
        var company = engine.Companies.FindByEmail(email);
        if (company is null || !string.Equals(company.Password, password, StringComparison.Ordinal))
        {
            throw new EngineException(EngineErrorKind.Unauthorized, "Invalid email or password");
        }

        lock (company.Lock)
        {
            if (!company.IsActive)
            {
                throw new EngineException(EngineErrorKind.Forbidden, "Company is inactive");
            }

            var key = engine.Companies.RotateKey(company);
            return new LoginView(new CompanyRef(company.Id, company.Name, company.Email), key);
        }
    }

    public ApiKeyView RegenerateKey(CompanyState company)
    {
        lock (company.Lock)
        {
            return new ApiKeyView(engine.Companies.RotateKey(company));
        }
    }

    public CompanyProfileView Profile(CompanyState company)
    {
        lock (company.Lock)
        {
            return ProfileNeedsLock(company);
        }
    }

    public CompanyProfileView UpdateProfile(CompanyState company, ProfilePatch patch)
    {
        if (patch.DepositForwardAddress is { HasValue: true, Value: { } address } && !TronAddress.IsValid(address))
        {
            throw EngineException.BadRequest("depositForwardAddress must be a valid TRON address");
        }

        lock (company.Lock)
        {
            company.ContactEmail = patch.ContactEmail.Or(company.ContactEmail);
            company.ContactTelegram = patch.ContactTelegram.Or(company.ContactTelegram);
            company.WebhookUrl = patch.WebhookUrl.Or(company.WebhookUrl);
            company.DepositForwardAddress = patch.DepositForwardAddress.Or(company.DepositForwardAddress);
            return ProfileNeedsLock(company);
        }
    }

    public WalletBalanceView Balance(CompanyState company)
    {
        lock (company.Lock)
        {
            return new WalletBalanceView(company.Address, company.Ledger.Available, company.Ledger.Trx, company.Ledger.Frozen);
        }
    }

    private static CompanyProfileView ProfileNeedsLock(CompanyState company) => new(
        company.Id,
        company.Name,
        company.Email,
        company.IsActive,
        company.ContactEmail,
        company.ContactTelegram,
        company.WebhookUrl,
        company.DepositForwardAddress);
}
