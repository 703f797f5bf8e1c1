package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class HandlerInstanceState implements RequestHandler<Map<String, String>, String> {
    private static final String[] LAST_SEEN = new String[1];
    private String tenant;                  // one handler object serves every thread
    private final int limit = 10;
    private int calls;

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        tenant = input.get("tenant");
        calls++;
        remember(input.get("orderId"));
        String local = input.get("note");
        local = local == null ? "" : local.strip();
        return tenant + ":" + local + ":" + limit;
    }

    private void remember(String orderId) {
        LAST_SEEN[0] = orderId;
    }
}
