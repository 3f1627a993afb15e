using System.Text.Json;
using Lumo.Sandbox.Contract.Validation;
using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

/// <summary>Valid input must not allocate: messages are the only strings a validation creates.</summary>
public sealed class AllocationTests
{
    private const string Schema = """
        type: object
        additionalProperties: false
        required: [id, email, apiKey, status, createdAt, orders]
        properties:
          id: {type: string, format: uuid}
          email: {type: string, format: email}
          apiKey: {type: string, pattern: '^lb2b_[0-9a-f]{32}$'}
          status: {type: string, enum: [created, in_progress, success]}
          createdAt: {type: string, format: date-time}
          webhookUrl: {type: string, nullable: true, minLength: 1, maxLength: 2048}
          orders:
            type: array
            maxItems: 10
            items:
              type: object
              required: [amountUsdt, limit]
              properties:
                amountUsdt: {type: number, minimum: 0, exclusiveMinimum: true, multipleOf: 0.01}
                limit: {type: integer, format: int32, minimum: 1, maximum: 100}
                note: {oneOf: [{type: string}, {type: array, items: {type: string}}]}
        """;

    private const string Json = """
        {"id": "3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e10", "email": "shop@example.com",
         "apiKey": "lb2b_0123456789abcdef0123456789abcdef", "status": "in_progress",
         "createdAt": "2024-05-01T12:30:00.123Z", "webhookUrl": null,
         "orders": [{"amountUsdt": 12.34, "limit": 20, "note": "n"}, {"amountUsdt": 0.01, "limit": 1, "note": ["a", "b"]}]}
        """;

    [Test]
    public void Validating_a_valid_body_allocates_nothing()
    {
        var validator = SchemaValidator.Compile(Schema(Schema));
        using var document = JsonDocument.Parse(Json);
        var errors = new List<string>();
        validator.Validate(document.RootElement, string.Empty, errors);

        // The runtime may allocate on this thread when it moves a method to its optimized code in the middle of a
        // round; validation that allocates does so in every round, so the least of a few rounds is the figure.
        var allocated = long.MaxValue;
        for (var round = 0; round < 5 && allocated > 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                validator.Validate(document.RootElement, string.Empty, errors);
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.That(errors, Is.Empty);
        Assert.That(allocated, Is.EqualTo(0));
    }
}
