"""`python -m directory load|check|export|hsds-export`: keep the SQL directory and its
YAML source in step, and exchange it as Open Referral HSDS 3.0 JSON."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from directory import hsds
from directory.db import create_schema, get_engine, session_scope
from directory.exporter import export_yaml
from directory.loader import DirectoryError, parse_files, write
from directory.models import Service
from directory.schema import OLD_SOURCE_YEARS, source_is_old
from directory.settings import get_settings
from directory.taxonomy import get_taxonomy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m directory")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("load", help="validate data/directory/*.yaml and load it into the database")
    check = sub.add_parser("check", help="list entries not verified lately, without contact, "
                                          "or with a source page dated long before it was verified")
    check.add_argument("--days", type=int, default=180)
    export = sub.add_parser("export", help="write the database back to YAML, one file per organization")
    export.add_argument("out", type=Path)
    hsds_export = sub.add_parser("hsds-export", help="write the services as HSDS 3.0 JSON")
    hsds_export.add_argument("out", type=Path)
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
    if args.command == "export":
        with session_scope(engine) as session:
            count = export_yaml(session, args.out)
        print(f"exported {count} services to {args.out}")
        return 0
    if args.command == "hsds-export":
        with session_scope(engine) as session:
            docs = hsds.services(session, get_taxonomy())
        args.out.write_text(json.dumps(docs, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"wrote {len(docs)} HSDS services to {args.out}")
        return 0
    cutoff = date.today() - timedelta(days=args.days)
    with session_scope(engine) as session:
        for service in session.scalars(select(Service).order_by(Service.id)):
            if service.verified_at < cutoff:
                print(f"{service.id}: not verified since {service.verified_at}")
            if not service.has_contact:
                print(f"{service.id}: no contact facts (citizens are sent to the general entrance)")
            if source_is_old(service.source_date, service.verified_at):
                print(f"{service.id}: source dated {service.source_date}, more than {OLD_SOURCE_YEARS} years "
                      f"before it was verified ({service.verified_at}): re-check it on the live site")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
