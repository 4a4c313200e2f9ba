"""A deterministic force-directed layout computed in Python, for ``--no-physics`` pages.

With physics off the browser runs no simulation at all, so nodes need positions
up front. This is Fruchterman-Reingold in numpy: exact repulsion for small
graphs, and repulsion from a fixed-size random sample of nodes (scaled up) for
large ones, so 10,000 nodes lay out in a few seconds without scipy.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

__all__ = ["force_layout"]

_EXACT_LIMIT = 1000  # above this many nodes, repulsion is sampled
_SAMPLE = 160


def force_layout(
    nodes: Sequence[Hashable],
    edges: Sequence[tuple[Hashable, Hashable]],
    *,
    seed: int = 42,
    iterations: int = 60,
    spacing: float = 120.0,
    gravity: float = 1.0,
) -> dict[Hashable, tuple[float, float]]:
    """Place ``nodes`` so that linked nodes sit close and the rest spread out.

    Args:
        nodes: The nodes, in a fixed order (the result depends on it).
        edges: ``(a, b)`` pairs of nodes; direction and multiplicity are ignored.
        seed: Seed of the initial positions and of the repulsion samples.
        iterations: Simulation steps; the temperature cools linearly to zero.
        spacing: Ideal edge length in pixels.
        gravity: Pull towards the centre, so unlinked nodes stay near.

    Returns:
        ``node -> (x, y)`` in screen pixels, centred on the origin.

    Example:
        >>> pos = force_layout(["a", "b", "c"], [("a", "b")])
        >>> sorted(pos) == ["a", "b", "c"]
        True
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[a], index[b]), max(index[a], index[b])) for a, b in edges if a != b}
    src = np.fromiter((p[0] for p in sorted(pairs)), dtype=np.int64, count=len(pairs))
    dst = np.fromiter((p[1] for p in sorted(pairs)), dtype=np.int64, count=len(pairs))
    rng = np.random.default_rng(seed)
    k = spacing
    half = k * np.sqrt(n)  # about one node per k x k square
    pos = rng.uniform(-half, half, size=(n, 2))
    temp = half / 4
    for step in range(iterations):
        disp = _repulsion(pos, k, rng)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.maximum(np.linalg.norm(delta, axis=1), 1e-6)
            pull = delta * (dist / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= gravity * pos  # balances the repulsion of the whole graph near radius `half`
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        t = temp * (1.0 - step / iterations) + 1.0
        pos += disp * (np.minimum(length, t) / length)[:, None]
    pos -= pos.mean(axis=0)
    return {
        node: (round(float(x), 1), round(float(y), 1))
        for node, (x, y) in zip(nodes, pos, strict=True)
    }


def _repulsion(pos: np.ndarray, k: float, rng: np.random.Generator) -> np.ndarray:
    """Repulsive displacement ``k² / d`` from every node (or a scaled random sample)."""
    n = len(pos)
    if n <= _EXACT_LIMIT:
        others = pos
        factor = 1.0
    else:
        others = pos[rng.choice(n, size=_SAMPLE, replace=False)]
        factor = n / _SAMPLE
    disp = np.zeros_like(pos)
    for lo in range(0, n, 512):  # chunks bound the memory of the pairwise matrix
        delta = pos[lo : lo + 512, None, :] - others[None, :, :]
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-6)
        disp[lo : lo + 512] = factor * (delta * (k * k / dist2)[:, :, None]).sum(axis=1)
    return disp
