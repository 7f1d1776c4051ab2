package io.spikemix.engine.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spikemix.engine.evaluate.ContingencyTable;

/**
 * Gives corresponding clusters of several segmentations of the same pixels the same colour, so that an SMM | GMM |
 * k-means panel can be compared by eye although each method numbers its clusters arbitrarily.
 *
 * <p>The reference segmentation keeps colour = id. Every other segmentation is matched to it by the one-to-one
 * pairing of its clusters with the reference clusters that maximises the number of shared pixels (Hungarian
 * algorithm on the contingency table, pixels masked in either map left out); a matched cluster takes its partner's
 * colour. Clusters left unmatched (more clusters than the reference has, or clusters with no pixel where the
 * reference is unmasked) take the lowest palette slots not used by the reference, in ascending id order.
 *
 * <p>Complexity per segmentation: O(n + R·C + min(R,C)²·max(R,C)) for n pixels and R, C clusters.
 */
public final class ColorAlignment {

    private ColorAlignment() {
    }

    /**
     * Colour assignments for {@code maps}, aligned to {@code maps.get(referenceIndex)}.
     *
     * @param maps           segmentations of the same pixels (same height and width), at least one
     * @param referenceIndex the segmentation whose colours are kept
     * @return one {@link ClusterColors} per map, in the same order
     */
    public static List<ClusterColors> align(List<LabelMap> maps, int referenceIndex, CategoricalPalette palette) {
        if (maps.isEmpty()) {
            throw new IllegalArgumentException("At least one label map is needed. Got 0 instead.");
        }
        if (referenceIndex < 0 || referenceIndex >= maps.size()) {
            throw new IllegalArgumentException("The 'referenceIndex' parameter must be in [0, " + (maps.size() - 1)
                    + "]. Got " + referenceIndex + " instead.");
        }
        LabelMap reference = maps.get(referenceIndex);
        List<ClusterColors> result = new ArrayList<>();
        for (int m = 0; m < maps.size(); m++) {
            LabelMap map = maps.get(m);
            if (!map.sameShapeAs(reference)) {
                throw new IllegalArgumentException("Label map " + m + " is " + map.height() + " x " + map.width()
                        + " but the reference is " + reference.height() + " x " + reference.width()
                        + "; only segmentations of the same pixels can be aligned.");
            }
            result.add(m == referenceIndex ? ClusterColors.byId(palette) : alignTo(reference, map, palette));
        }
        return result;
    }

    /** The colours of {@code map} aligned to {@code reference} (which keeps colour = id). */
    public static ClusterColors alignTo(LabelMap reference, LabelMap map, CategoricalPalette palette) {
        ContingencyTable table = ContingencyTable.of(reference.labelsView(), map.labelsView());
        int[] referenceIds = table.rowLabels();
        int[] mapIds = table.columnLabels();
        int[] partner = table.bestRowForColumn();
        Map<Integer, Integer> slots = new HashMap<>();
        for (int c = 0; c < mapIds.length; c++) {
            if (partner[c] >= 0 && table.count(partner[c], c) > 0) {
                slots.put(mapIds[c], referenceIds[partner[c]]);
            }
        }
        Set<Integer> taken = new HashSet<>();
        for (int id : reference.clusterIds()) {
            taken.add(id);
        }
        int next = 0;
        for (int id : map.clusterIds()) {
            if (!slots.containsKey(id)) {
                while (taken.contains(next)) {
                    next++;
                }
                slots.put(id, next);
                taken.add(next);
            }
        }
        return ClusterColors.withSlots(palette, slots);
    }
}
