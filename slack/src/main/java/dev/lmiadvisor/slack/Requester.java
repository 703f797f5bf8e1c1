package dev.lmiadvisor.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person in Slack, as the signed request names them. Their ids go into the audit log (SPEC: the
 * audit record carries the Slack team, channel and user of the requester and of the approver).
 */
public record Requester(String teamId, String channelId, String userId) {

  /** Who pressed a button, as the signed payload names them (never the button's value). */
  public static Requester of(BlockActionPayload payload) {
    return new Requester(
        payload.getTeam() == null ? null : payload.getTeam().getId(),
        payload.getChannel() == null ? null : payload.getChannel().getId(),
        payload.getUser() == null ? null : payload.getUser().getId());
  }

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
