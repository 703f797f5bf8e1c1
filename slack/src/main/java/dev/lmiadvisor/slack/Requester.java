package dev.lmiadvisor.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person in Slack, as the signed request names them. Their ids go into the audit log (SPEC: the
 * audit record carries the Slack team, channel and user of the requester and of the approver).
 */
public record Requester(String teamId, String channelId, String userId) {

  public Map<String, String> identity() {
    Map<String, String> identity = new LinkedHashMap<>();
    put(identity, "team_id", teamId);
    put(identity, "channel_id", channelId);
    put(identity, "user_id", userId);
    return identity;
  }

  public boolean samePersonAs(Requester other) {
    return userId != null
        && userId.equals(other.userId)
        && java.util.Objects.equals(teamId, other.teamId);
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
