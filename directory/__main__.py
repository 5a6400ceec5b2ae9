"""`python -m directory load|check`: keep the SQL directory in step with its YAML source."""
from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta

from sqlalchemy import select

from directory.db import create_schema, get_engine, session_scope
from directory.loader import DirectoryError, parse_files, write
from directory.models import Service
from directory.settings import get_settings
from directory.taxonomy import get_taxonomy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m directory")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("load", help="validate data/directory/*.yaml and load it into the database")
    check = sub.add_parser("check", help="list entries not verified lately or without contact")
    check.add_argument("--days", type=int, default=180)
    args = parser.parse_args(argv)
    settings = get_settings()
    engine = get_engine()
    create_schema(engine)
    if args.command == "load":
        try:
            loaded = parse_files(settings.directory_dir, get_taxonomy())
        except DirectoryError as exc:
            print("\n".join(exc.errors), file=sys.stderr)
            print(f"nothing written: {len(exc.errors)} error(s)", file=sys.stderr)
            return 1
        with session_scope(engine) as session:
            write(session, loaded)
        print(f"loaded {loaded.service_count} services from {len(loaded.files)} files")
        return 0
    cutoff = date.today() - timedelta(days=args.days)
    with session_scope(engine) as session:
        for service in session.scalars(select(Service).order_by(Service.id)):
            if service.verified_at < cutoff:
                print(f"{service.id}: not verified since {service.verified_at}")
            if not (service.phone or service.email or service.url or service.address):
                print(f"{service.id}: no contact facts (citizens are sent to the general entrance)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
