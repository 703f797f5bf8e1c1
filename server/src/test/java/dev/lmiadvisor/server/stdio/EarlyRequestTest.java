package dev.lmiadvisor.server.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines the front door may answer itself; everything else goes to the SDK untouched. */
class EarlyRequestTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18"}} | initialize 1 2025-06-18 false
          {"method":"initialize","params":{"capabilities":{},"protocolVersion":"2024-11-05"},"id":"a\\"b","jsonrpc":"2.0"} | initialize "a\\"b" 2024-11-05 false
          {"jsonrpc":"2.0","id":7,"method":"tools/list"} | tools/list 7 null false
          {"jsonrpc":"2.0","id":7,"method":"tools/list","params":null} | tools/list 7 null false
          {"jsonrpc":"2.0","id":7,"method":"tools/list","params":{"_meta":{"cursor":1}}} | tools/list 7 null false
          {"jsonrpc":"2.0","id":8,"method":"tools/list","params":{"cursor":"abc"}} | tools/list 8 null true
          {"jsonrpc":"2.0","method":"notifications/initialized"} | notifications/initialized null null false
          {"jsonrpc":"2.0","id":1.5,"method":"tools/list"} | none
          {"jsonrpc":"2.0","id":null,"method":"tools/list"} | none
          {"jsonrpc":"2.0","id":{"x":1},"method":"tools/list"} | none
          {"jsonrpc":"1.0","id":1,"method":"tools/list"} | none
          {"id":1,"method":"tools/list"} | none
          {"jsonrpc":"2.0","id":1,"method":"tools/list","params":[1]} | none
          [{"jsonrpc":"2.0","id":1,"method":"tools/list"}] | none
          {"jsonrpc":"2.0","id":1,"method":"tools/list"} {"jsonrpc":"2.0","id":2,"method":"tools/list"} | none
          {"jsonrpc":"2.0","id":1,"method":"tools/list" | none
          not json at all | none
          """)
  void parse_takesOnlyASingleWellFormedRequest(String line, String expected) {
    Optional<EarlyRequest> request = EarlyRequest.parse(line);
    assertEquals(
        expected,
        request
            .map(r -> r.method() + " " + r.id() + " " + r.protocolVersion() + " " + r.paged())
            .orElse("none"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"jsonrpc":"2.0","id":0,"result":{"protocolVersion":"2025-06-18"}} | 0
          {"jsonrpc":"2.0","id":"s","error":{"code":-32600,"message":"no"}} | "s"
          {"jsonrpc":"2.0","id":0,"method":"ping"} | none
          {"jsonrpc":"2.0","method":"notifications/message","params":{}} | none
          {"jsonrpc":"2.0","id":0} | none
          """)
  void responseId_isTheIdOfAResultOrError(String line, String expected) {
    assertEquals(expected, EarlyRequest.responseId(line).orElse("none"));
  }
}
