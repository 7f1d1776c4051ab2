package io.spikemix.engine.render;

import static io.spikemix.engine.render.RenderAssertions.assertSameImage;
import static io.spikemix.engine.render.RenderAssertions.throughPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ColorAlignmentTest {

    @Test
    void aRelabelledCopyRendersToAnIdenticalImage() {
        SplittableRandom random = new SplittableRandom(8);
        int h = 12;
        int w = 15;
        int[] labels = new int[h * w];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(10) == 0 ? -1 : random.nextInt(6);
        }
        int[] renaming = {11, 3, 0, 5, 9, 2};
        int[] relabelled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relabelled[i] = labels[i] < 0 ? -1 : renaming[labels[i]];
        }
        LabelMap reference = LabelMap.of(h, w, labels);
        LabelMap copy = LabelMap.of(h, w, relabelled);
        List<ClusterColors> colors = ColorAlignment.align(List.of(reference, copy), 0, CategoricalPalette.DEFAULT);
        LabelMapRenderer renderer = LabelMapRenderer.builder().scale(3).title("same").legend(false).build();
        assertSameImage(throughPng(renderer.render(reference, colors.get(0))),
                throughPng(renderer.render(copy, colors.get(1))));
        for (int k = 0; k < 6; k++) {
            assertEquals(k, colors.get(1).slot(renaming[k]));
        }
    }

    @Test
    void matchesByLargestOverlapAndGivesExtraClustersUnusedColours() {
        // reference: clusters 0 (left half) and 1 (right half) of a 1 × 8 strip.
        LabelMap reference = LabelMap.of(1, 8, new int[] {0, 0, 0, 0, 1, 1, 1, 1});
        // other: cluster 4 mostly overlaps reference 1, cluster 2 mostly reference 0, cluster 6 is extra.
        LabelMap other = LabelMap.of(1, 8, new int[] {2, 2, 2, 6, 4, 4, 4, 4});
        ClusterColors colors = ColorAlignment.alignTo(reference, other, CategoricalPalette.DEFAULT);
        assertEquals(0, colors.slot(2));
        assertEquals(1, colors.slot(4));
        assertEquals(2, colors.slot(6));
        assertEquals(CategoricalPalette.DEFAULT.rgb(1), colors.rgb(4));
        assertEquals(CategoricalPalette.MASKED_RGB, colors.rgb(-1));
    }

    @Test
    void rejectsMapsOfDifferentShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColorAlignment.align(List.of(LabelMap.of(2, 3, new int[6]), LabelMap.of(3, 2, new int[6])), 0,
                        CategoricalPalette.DEFAULT));
        assertEquals("Label map 1 is 3 x 2 but the reference is 2 x 3; only segmentations of the same pixels can be"
                + " aligned.", e.getMessage());
    }
}
