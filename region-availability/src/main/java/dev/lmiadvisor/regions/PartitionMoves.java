package dev.lmiadvisor.regions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notes of {@code partition-moves.json}, by partition id. */
final class PartitionMoves {

  private final Map<String, PartitionMove> byPartition;

  private PartitionMoves(Map<String, PartitionMove> byPartition) {
    this.byPartition = Map.copyOf(byPartition);
  }

  static PartitionMoves load(RegionCatalog catalog, SourceLibrary sources) {
    DataFile file = DataFile.read("partition-moves.json");
    Map<String, PartitionMove> byPartition = new HashMap<>();
    for (JsonNode node : file.array(file.root(), "partitions")) {
      String partition = file.text(node, "partition");
      if (catalog.partitions().stream().noneMatch(p -> p.id().equals(partition))) {
        throw file.problem("names partition " + partition + ", which the AWS SDK does not know");
      }
      List<PartitionMove.Consideration> considerations =
          file.array(node, "considerations").stream()
              .map(
                  c ->
                      new PartitionMove.Consideration(
                          file.text(c, "topic"),
                          file.text(c, "detail"),
                          sources.cited(file, file.texts(c, "sources"))))
              .toList();
      byPartition.put(
          partition, new PartitionMove(partition, file.text(node, "summary"), considerations));
    }
    return new PartitionMoves(byPartition);
  }

  Optional<PartitionMove> leaving(Partition partition) {
    return Optional.ofNullable(byPartition.get(partition.id()));
  }
}
