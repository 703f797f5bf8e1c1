using Amazon.Lambda.Core;

public class Function
{
    private static readonly HttpClient Http = new();

    public async Task<int> FunctionHandler(string[] urls, ILambdaContext context)
    {
        var path = Path.Combine("/tmp", "urls.txt");
        await File.WriteAllLinesAsync(path, urls, CancellationToken.None);
        var unique = Path.Combine(Path.GetTempPath(), $"urls-{context.AwsRequestId}.txt");
        var fetched = 0;
        foreach (var url in urls)
        {
            await Http.GetStringAsync(url, CancellationToken.None);
            fetched++;
        }
        return fetched + unique.Length;
    }
}
