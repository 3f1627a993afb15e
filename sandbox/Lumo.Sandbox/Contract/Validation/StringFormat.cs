namespace Lumo.Sandbox.Contract.Validation;

/// <summary>The string formats that are checked; every other format is documentation only.</summary>
internal enum StringFormat
{
    None,
    Uuid,
    Email,
    DateTime,
    Date,
    Uri,
}
