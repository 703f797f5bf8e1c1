using Amazon.Lambda.Core;

namespace Orders;

public class Function
{
    [ThreadStatic]
    private static string? _correlationId;

    private static readonly ThreadLocal<Random> Dice = new(() => new Random());

    public string Handler(OrderEvent input, ILambdaContext context)
    {
        _correlationId = context.AwsRequestId;
        var price = Pricing.LookupAsync(input.Sku).Result;
        return $"{_correlationId}:{price}";
    }
}

public record OrderEvent(string Sku);
