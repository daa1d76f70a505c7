"""`python -m benchmarks.name_matching`: the cost of reading product names, per salesbot reply.

Reads every reply of the name corpus (`tests/fixtures/name_corpus/`, both splits) with the catalog's
`CatalogNames`, as the solver and the scorers do: `mentions` then `unresolved` on a text not seen before
(cold: the text cache emptied first), then again on the same text (cached: what every later scorer and
turn pays), and resolves every add_to_cart argument. Prints milliseconds per reply and per 1,000
characters, and the time to index each catalog.
"""

from __future__ import annotations

import statistics
import sys
import time

from salessim_inspect.data.names import CatalogNames
from tests.name_corpus import SPLITS, catalog_names, catalog_products, load_split


def main(rounds: int = 5) -> int:
    splits = [load_split(split) for split in SPLITS]
    replies = [r for s in splits for r in s.replies]
    purchases = [p for s in splits for p in s.purchases]
    chars = sum(len(r.text) for r in replies)

    catalogs = sorted({r.catalog for r in replies})
    index_ms = []
    for catalog in catalogs:
        start = time.perf_counter()
        CatalogNames(catalog_products(catalog))
        index_ms.append(1000 * (time.perf_counter() - start))

    cold, cached, resolve = [], [], []
    for _ in range(rounds):
        for catalog in catalogs:
            catalog_names(catalog)._readings.clear()
        start = time.perf_counter()
        for r in replies:
            names = catalog_names(r.catalog)
            names.mentions(r.text, prefer=r.prefer)
            names.unresolved(r.text, prefer=r.prefer)
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        for r in replies:
            catalog_names(r.catalog).mentions(r.text, prefer=r.prefer)
        cached.append(time.perf_counter() - start)
        start = time.perf_counter()
        for p in purchases:
            catalog_names(p.catalog).resolve(p.text, prefer=p.prefer)
        resolve.append(time.perf_counter() - start)

    best = min(cold)
    print(
        f"name corpus: {len(replies)} replies ({chars / len(replies):.0f} characters on average), {len(purchases)} arguments"
    )
    print(f"index a catalog: {statistics.median(index_ms):.1f} ms median over {len(catalogs)} catalogs")
    print(
        f"mentions + unresolved, cold: {1000 * best / len(replies):.2f} ms per reply, {1e6 * best / chars:.2f} ms per 1,000 characters"
    )
    print(f"mentions, cached text: {1e6 * min(cached) / len(replies):.1f} µs per reply")
    print(f"resolve: {1e6 * min(resolve) / len(purchases):.0f} µs per add_to_cart argument")
    return 0


if __name__ == "__main__":
    sys.exit(main())
