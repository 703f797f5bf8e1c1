package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class ThreadLocalHandler implements RequestHandler<Map<String, String>, String> {
    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    @Override
    public synchronized String handleRequest(Map<String, String> input, Context context) {
        TENANT.set(input.get("tenant"));
        return Audit.describe();
    }

    static final class Audit {
        static String describe() {
            return "tenant " + TENANT.get();
        }
    }
}
