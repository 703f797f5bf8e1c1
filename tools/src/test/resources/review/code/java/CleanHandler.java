package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Everything shared is immutable or thread-safe; request data stays in locals. */
public class CleanHandler implements RequestHandler<Map<String, String>, String> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_INSTANT;
    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    private static final LongAdder CALLS = new LongAdder();
    private static final String NOTE = "never write /tmp/out.json directly";

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        CALLS.increment();
        String id = input.get("id");
        String value = CACHE.computeIfAbsent(id, key -> key.toUpperCase());
        int processed = 0;
        for (String region : REGIONS) {
            if (context.getRemainingTimeInMillis() < 1_000) {
                break;
            }
            processed++;
        }
        context.getLogger().log(NOTE + " " + value + " " + processed);
        return STAMP.format(Instant.now());
    }
}
