public String handleRequest(Map<String, String> input, Context context) {
    System.setProperty("app.tenant", input.get("tenant"));
    String trace = System.getenv("_X_AMZN_TRACE_ID");
    for (String key : input.keySet()) {
        context.getLogger().log(key + " " + trace);
    }
    return "ok";
}
