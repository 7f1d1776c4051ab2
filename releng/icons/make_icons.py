#!/usr/bin/env python3
"""Draws SpikeMix's 16x16 node and category icons as PNG files (pure standard library, no image editor).

Run from the repository root:  python3 releng/icons/make_icons.py
The lint tests check that every icon referenced by a plugin.xml or node description exists and is a 16x16 PNG.
"""
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NORMALIZE = os.path.join(ROOT, "plugins", "io.spikemix.knime.normalize", "src", "main", "java",
                         "io", "spikemix", "knime", "normalize")


def sources(bundle):
    return os.path.join(ROOT, "plugins", "io.spikemix.knime." + bundle, "src", "main", "java",
                        "io", "spikemix", "knime", bundle)


TEAL = (31, 138, 112, 255)
DARK = (20, 60, 70, 255)
ORANGE = (235, 140, 40, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def canvas():
    return [[CLEAR for _ in range(16)] for _ in range(16)]


def rect(img, x0, y0, x1, y1, colour):
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            img[y][x] = colour


def frame(img, colour):
    """A rounded square background."""
    rect(img, 1, 0, 14, 15, colour)
    rect(img, 0, 1, 15, 14, colour)


def write_png(path, img):
    raw = b"".join(b"\x00" + b"".join(bytes(px) for px in row) for row in img)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 16, 16, 8, 6, 0, 0, 0)  # 16x16, 8 bit, RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(png)


def category():
    """A flat spectrum with one spike: the spiked mixture model's signal."""
    img = canvas()
    frame(img, DARK)
    baseline = [11, 11, 10, 11, 11, 10, 3, 2, 6, 10, 11, 10, 11, 11]
    for i, top in enumerate(baseline):
        x = i + 1
        rect(img, x, top, x, 12, TEAL if top > 5 else ORANGE)
    rect(img, 1, 13, 14, 13, WHITE)
    return img


def bars(img, heights, colour):
    for i, h in enumerate(heights):
        x = 2 + 3 * i
        rect(img, x, 13 - h, x + 1, 13, colour)


def normalizer():
    """Bars of different heights, all scaled under one line: min-max to [0, 1]."""
    img = canvas()
    frame(img, TEAL)
    bars(img, [4, 9, 6, 10], WHITE)
    rect(img, 1, 2, 14, 2, ORANGE)
    return img


def apply():
    """The normalizer bars with an arrow: apply a fitted normalization."""
    img = canvas()
    frame(img, DARK)
    bars(img, [3, 7, 5], WHITE)
    rect(img, 11, 6, 14, 6, ORANGE)
    for d in range(3):
        rect(img, 14 - d - 1, 6 - d - 1, 14 - d - 1, 6 + d + 1, ORANGE)
    rect(img, 1, 2, 9, 2, ORANGE)
    return img


def package_dir(bundle, *parts):
    return os.path.join(ROOT, "plugins", "io.spikemix.knime." + bundle, "src", "main", "java",
                        "io", "spikemix", "knime", bundle, *parts)


def reader():
    """A stack of image layers (a spectral cube) with an arrow out of it: read a cube."""
    img = canvas()
    frame(img, DARK)
    for k, colour in enumerate([ORANGE, TEAL, WHITE]):
        rect(img, 2 + 2 * k, 2 + 2 * k, 8 + 2 * k, 8 + 2 * k, colour)
    rect(img, 12, 2, 14, 2, ORANGE)
    rect(img, 14, 2, 14, 4, ORANGE)
    return img


def evaluator():
    """Two spectra (white and orange) nearly on top of each other: compare spike sets."""
    img = canvas()
    frame(img, TEAL)
    a = [11, 10, 9, 4, 3, 8, 10, 11, 9, 6, 10, 11, 11, 11]
    for i, top in enumerate(a):
        img[top][i + 1] = WHITE
        img[min(14, top + 1)][i + 1] = ORANGE
    return img


def scorer():
    """A 3 x 3 confusion matrix with a bright diagonal."""
    img = canvas()
    frame(img, DARK)
    for r in range(3):
        for c in range(3):
            rect(img, 2 + 4 * c, 2 + 4 * r, 4 + 4 * c, 4 + 4 * r, ORANGE if r == c else TEAL)
    return img


def renderer():
    """A segmentation: regions of categorical colours."""
    img = canvas()
    frame(img, DARK)
    rect(img, 2, 2, 7, 8, TEAL)
    rect(img, 8, 2, 13, 6, ORANGE)
    rect(img, 8, 7, 13, 13, WHITE)
    rect(img, 2, 9, 7, 13, (90, 110, 200, 255))
    return img


def arrow(img, colour):
    """A right-pointing arrow on the right edge: a model applied to new data."""
    rect(img, 10, 8, 13, 8, colour)
    for d in range(3):
        rect(img, 14 - d - 1, 8 - d - 1, 14 - d - 1, 8 + d + 1, colour)


def rays(img, colour):
    """Three rays from the bottom-left corner: spikes are directions (spectral shapes)."""
    for t in range(11):
        img[13 - t][2 + t] = colour
        img[13 - t // 2][2 + t] = colour
    for t in range(6):
        img[13 - 2 * t][2 + t] = colour


def smm_learner():
    img = canvas()
    frame(img, ORANGE)
    rays(img, WHITE)
    return img


def smm_predictor():
    img = canvas()
    frame(img, ORANGE)
    rays(img, WHITE)
    arrow(img, DARK)
    return img


def ellipses(img, colour):
    """Two blobs: Gaussian components."""
    for (cx, cy, rx, ry) in ((5, 5, 3, 2), (10, 10, 3, 3)):
        for y in range(16):
            for x in range(16):
                if ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0:
                    img[y][x] = colour


def gmm_extractor():
    img = canvas()
    frame(img, DARK)
    ellipses(img, TEAL)
    rect(img, 2, 13, 13, 13, ORANGE)
    return img


def gmm_predictor():
    img = canvas()
    frame(img, DARK)
    ellipses(img, TEAL)
    arrow(img, ORANGE)
    return img


def kmeans():
    """Three point groups with their centres."""
    img = canvas()
    frame(img, TEAL)
    for (cx, cy) in ((4, 4), (11, 5), (7, 11)):
        for (dx, dy) in ((-2, 0), (2, 0), (0, -2), (0, 2)):
            img[cy + dy][cx + dx] = WHITE
        rect(img, cx, cy, cx, cy, ORANGE)
    return img


def kscan():
    """A criterion curve falling to a minimum and rising again, the minimum marked by an orange column."""
    img = canvas()
    frame(img, DARK)
    curve = [3, 5, 7, 9, 10, 11, 12, 12, 11, 11, 10, 10]
    for i, top in enumerate(curve):
        img[top][i + 2] = WHITE
    rect(img, 8, 2, 8, 13, ORANGE)
    img[12][8] = WHITE
    return img


if __name__ == "__main__":
    write_png(os.path.join(ROOT, "plugins", "io.spikemix.knime.base", "icons", "spikemix.png"), category())
    write_png(os.path.join(NORMALIZE, "normalizer", "spectral_normalizer.png"), normalizer())
    write_png(os.path.join(NORMALIZE, "apply", "normalizer_apply.png"), apply())
    write_png(package_dir("reader", "cube", "spectral_cube_reader.png"), reader())
    write_png(package_dir("evaluate", "spikes", "spike_set_evaluator.png"), evaluator())
    write_png(package_dir("evaluate", "scorer", "segmentation_scorer.png"), scorer())
    write_png(package_dir("evaluate", "kscan", "k_scan.png"), kscan())
    write_png(package_dir("render", "segmentation", "segmentation_renderer.png"), renderer())
    write_png(os.path.join(sources("smm"), "learner", "smm_learner.png"), smm_learner())
    write_png(os.path.join(sources("smm"), "predictor", "smm_predictor.png"), smm_predictor())
    write_png(os.path.join(sources("gmm"), "extractor", "gmm_spike_extractor.png"), gmm_extractor())
    write_png(os.path.join(sources("gmm"), "predictor", "gmm_predictor.png"), gmm_predictor())
    write_png(os.path.join(sources("kmeans"), "segmenter", "kmeans_segmenter.png"), kmeans())
