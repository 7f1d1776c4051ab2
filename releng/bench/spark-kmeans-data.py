#!/usr/bin/env python3
# Spiked-mixture pixels for the Spark scaling figures: N x d float32, K clusters, y = a * x_k + noise.
import sys, numpy as np
n, d, k, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = np.random.default_rng(seed)
spikes = np.abs(rng.normal(0, 1, (k, d))).astype(np.float32)
out = np.lib.format.open_memmap(sys.argv[5], mode='w+', dtype='<f4', shape=(n, d))
step = 50000
for i in range(0, n, step):
    m = min(step, n - i)
    lab = rng.integers(0, k, m)
    a = rng.uniform(0.25, 1.75, m).astype(np.float32)
    out[i:i + m] = a[:, None] * spikes[lab] + rng.normal(0, 0.3, (m, d)).astype(np.float32)
out.flush()
