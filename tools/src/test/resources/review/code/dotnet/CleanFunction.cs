using System.Collections.Concurrent;
using System.Collections.Frozen;
using Amazon.Lambda.Core;
using Amazon.S3;
using Amazon.S3.Model;

namespace Reports;

public class Function
{
    private static readonly IAmazonS3 S3 = new AmazonS3Client();
    private static readonly ConcurrentDictionary<string, string> Cache = new();
    private static readonly FrozenSet<string> Regions = new[] { "eu-west-1", "us-east-1" }.ToFrozenSet();
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromSeconds(2);
    private const string Note = @"never write ""/tmp/report.json"" directly";
    private readonly string _bucket;

    public Function()
    {
        _bucket = Environment.GetEnvironmentVariable("BUCKET") ?? "reports";
    }

    public async Task<Result> Handler(Job job, ILambdaContext context)
    {
        using var cts = new CancellationTokenSource(context.RemainingTime - SafetyMargin);
        var key = Cache.GetOrAdd(job.Id, id => $"reports/{id}.json");
        var request = new PutObjectRequest { BucketName = _bucket, Key = key, ContentBody = Note };
        await S3.PutObjectAsync(request, cts.Token);
        foreach (var region in Regions)
        {
            if (context.RemainingTime < SafetyMargin)
            {
                break;
            }
            context.Logger.LogInformation($"replicating {key} to {region}");
        }
        return new Result { Key = key };
    }
}

public class Result
{
    public string Key { get; set; } = "";
}

public record Job(string Id);
