using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Companies;

/// <summary>
/// The control API's cross-tenant lists (orders, disputes, deposits): each company's newest entries, taken under
/// its lock, merged newest first by <see cref="IBookEntry{TStatus}.Sequence"/>. The sequence is unique and
/// increasing, so the order is total even when many entries share one virtual instant.
/// </summary>
internal static class RecentAcrossCompanies
{
    /// <param name="companies">Every company.</param>
    /// <param name="companyId">Only this company's entries; null: all.</param>
    /// <param name="book">The company's book of this kind of entry.</param>
    /// <param name="status">Only entries in this status; null: any.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="view">The entry as the list shows it, made under the company's lock.</param>
    public static List<TView> Collect<T, TStatus, TView>(
        IEnumerable<CompanyState> companies,
        Guid? companyId,
        Func<CompanyState, NewestFirstBook<T, TStatus>> book,
        TStatus? status,
        int limit,
        Func<CompanyState, T, TView> view)
        where T : class, IBookEntry<TStatus>
        where TStatus : struct, Enum
    {
        var found = new List<(long Sequence, TView View)>();
        foreach (var company in companies)
        {
            if (companyId is { } only && company.Id != only)
            {
                continue;
            }

            lock (company.Lock)
            {
                foreach (var entry in book(company).Page(status, 0, limit))
                {
                    found.Add((entry.Sequence, view(company, entry)));
                }
            }
        }

        found.Sort(static (a, b) => b.Sequence.CompareTo(a.Sequence));
        return [.. found.Take(Math.Max(limit, 0)).Select(static f => f.View)];
    }
}
