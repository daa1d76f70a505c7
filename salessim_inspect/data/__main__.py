"""`python -m salessim_inspect.data validate [--data-dir DIR] [CATEGORY ...]`."""

import argparse
import sys
from pathlib import Path

from salessim_inspect.data.categories import CATEGORIES, validate_category
from salessim_inspect.data.loader import PACKAGE_DATA
from salessim_inspect.data.validate import render, total_problems, validate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m salessim_inspect.data")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check every data invariant and print a per-category summary")
    check.add_argument("categories", nargs="*", help=f"default: all ({', '.join(CATEGORIES)})")
    check.add_argument("--data-dir", type=Path, default=PACKAGE_DATA, help="root holding <category>/ folders")
    args = parser.parse_args(argv)

    if args.data_dir.resolve() == PACKAGE_DATA.resolve():
        try:
            categories = tuple(validate_category(c) for c in args.categories) or CATEGORIES
        except ValueError as exc:
            parser.error(str(exc))
    else:
        found = tuple(sorted(p.parent.name for p in args.data_dir.glob("*/products.jsonl")))
        categories = tuple(args.categories) or found
        if not categories:
            parser.error(f"{args.data_dir}: no <category>/products.jsonl folders found")
    summaries = validate(args.data_dir, categories)
    print(render(summaries))
    problems = total_problems(summaries)
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("\nAll invariants hold.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
