using System.Text;
using Amazon.Lambda.Core;

public class Function
{
    public static string CurrentUser { get; set; } = "";
    private static readonly List<string> AllowedUsers = new() { "alice", "bob" };
    private static readonly StringBuilder Audit = new();

    public string FunctionHandler(string user, ILambdaContext context)
    {
        CurrentUser = user;
        if (!AllowedUsers.Contains(user))
        {
            return "denied";
        }
        Audit.AppendLine(user);
        return $"hello {CurrentUser}";
    }
}
