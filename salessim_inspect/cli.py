"""The `salessim` command: data conversion (and, as they land, reports and regression checks)."""

import argparse
import sys
from pathlib import Path

from salessim_inspect.data.loader import DataError


def _convert(args: argparse.Namespace) -> int:
    from salessim_inspect.data.convert import convert

    reports = convert(args.src, args.dest, args.category or None, strict=not args.lenient)
    for category, report in reports.items():
        print(
            f"{category}: wrote {args.dest / category} "
            f"({len(report.normalised)} product name(s) normalised, {len(report.unmapped)} dropped, "
            f"{len(report.missing_images)} image(s) missing)"
        )
        for persona, theirs in report.unmapped:
            print(f"  dropped: persona {persona} lists {theirs!r}, which matches no product")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salessim", description="SalesSim tools around Inspect logs and data."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    data = commands.add_parser("data", help="work with benchmark data").add_subparsers(
        dest="data_command", required=True
    )
    convert = data.add_parser(
        "convert", help="convert the authors' published layout to this package's layout"
    )
    convert.add_argument("src", type=Path, help="local copy of the SalesSim authors' repository")
    convert.add_argument("dest", type=Path, help="new directory to write <category>/ folders into")
    convert.add_argument(
        "--category", action="append", help="only this category (repeatable; default: all found)"
    )
    convert.add_argument(
        "--lenient",
        action="store_true",
        help="drop acceptable-product names that match no product instead of failing",
    )
    convert.set_defaults(handler=_convert)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (DataError, ValueError) as exc:
        print(f"salessim: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
