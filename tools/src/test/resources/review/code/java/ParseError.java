package example;

public class ParseError {
    public String handleRequest(String input, Object context) {
        return input.strip(;
    }
}
