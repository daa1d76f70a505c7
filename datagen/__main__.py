"""`python -m datagen build [CATEGORY ...] [--no-images]`: regenerate the packaged data."""

import argparse
import sys

from salessim_inspect.data.categories import CATEGORIES, validate_category


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m datagen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser(
        "build", help="generate salessim_inspect/data/<category>/ from datagen/categories/"
    )
    build.add_argument("categories", nargs="*", help=f"default: all ({', '.join(CATEGORIES)})")
    build.add_argument("--no-images", action="store_true", help="skip rendering the illustrations")
    args = parser.parse_args(argv)

    from datagen.engine import build_category

    failed = False
    for category in args.categories or CATEGORIES:
        validate_category(category)
        report = build_category(category, images=not args.no_images)
        problems = report.pop("problems")
        print(f"{category}: " + ", ".join(f"{k}={v}" for k, v in report.items()))
        for problem in problems:
            print(f"  PROBLEM: {problem}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
