"""The ``factcheck`` command.

::

    factcheck check DRAFT... [--sources DIR] [--format FMT] [--output FILE] [--fail-on LIST]
                             [--min-score X] [--checkworthy-threshold X] [--ledger DIR | --no-ledger]
    factcheck claims DRAFT [--format text|json]
    factcheck index DIR
    factcheck review DRAFT [--sources DIR] [--ledger DIR] [--approve ID]... [--reject ID]... [--by NAME]

Exit codes: 0 every draft passes the policy, 1 some draft fails it, 2 a usage,
input or configuration error (one line on stderr, no traceback).

Settings come from ``[tool.factcheck]`` in the nearest pyproject.toml (or
``--config``); flags override them. Heavy modules (the model, the index) are
imported only by the commands that need them, so ``--help`` and
``factcheck claims`` start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from factcheck.embed import Backend
from factcheck.errors import ConfigError, FactCheckError

__all__ = ["main"]

PROG = "factcheck"
EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
_CHECK_FORMATS = ("text", "json", "markdown", "html", "junit", "sarif", "github")


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{PROG}: error: {message} (see `{self.prog} --help`)\n")


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("newsroom-factcheck")
    except Exception:  # pragma: no cover - not installed
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="PYPROJECT", help="pyproject.toml to read [tool.factcheck] from (default: nearest one)"
    )
    common.add_argument(
        "--backend",
        choices=[b.value for b in Backend],
        help="model runtime: torch (default) or onnx (int8, faster start-up; exported once to the user cache)",
    )

    parser = _Parser(
        prog=PROG,
        description="Claim-level fact-checking and source tracing for news drafts.",
        epilog="Exit codes: 0 passes the policy, 1 fails it, 2 usage/input/config error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("check", parents=[common], help="check drafts against the reference sources")
    p.add_argument("drafts", nargs="+", metavar="DRAFT", help="draft article files (Markdown or text)")
    p.add_argument("--sources", metavar="DIR", help="reference corpus folder or file")
    p.add_argument("--format", choices=_CHECK_FORMATS, help="output format (default text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the output here (atomically) instead of stdout")
    p.add_argument(
        "--fail-on", metavar="LIST", help="comma-separated verdicts that fail a claim (default contradicted; 'none')"
    )
    p.add_argument("--min-score", metavar="X", help="also fail check-worthy claims scoring below X (0-1)")
    p.add_argument(
        "--checkworthy-threshold", metavar="X", help="claims less check-worthy than X fail only on a contradicted value (default 0.5)"
    )
    _ledger_flags(p)
    p.add_argument("--k", type=int, default=5, metavar="N", help="passages assessed per claim (default 5)")
    p.add_argument("--engine", choices=("local", "ray"), default="local", help="local: this process; ray: parallel on Ray (needs the `ray` extra)")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("claims", parents=[common], help="list the claims of a draft (no model needed)")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the output here instead of stdout")
    p.set_defaults(func=_cmd_claims)

    p = sub.add_parser("index", parents=[common], help="build or refresh the persisted index of a corpus")
    p.add_argument("dir", metavar="DIR", help="reference corpus folder or file")
    p.add_argument("--index-path", metavar="DIR", help="where to persist it (default .factcheck-index)")
    p.add_argument("--engine", choices=("local", "ray"), default="local", help="local: this process; ray: parallel on Ray (needs the `ray` extra)")
    p.set_defaults(func=_cmd_index)

    p = sub.add_parser("review", parents=[common], help="write or update a draft's editor review ledger")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--sources", metavar="DIR", help="reference corpus folder or file")
    _ledger_flags(p, allow_disable=False)
    p.add_argument("--approve", action="append", default=[], metavar="ID", help="approve the claim with this ledger id")
    p.add_argument("--reject", action="append", default=[], metavar="ID", help="reject the claim with this ledger id")
    p.add_argument("--clear", action="append", default=[], metavar="ID", help="clear the review of this claim")
    p.add_argument("--note", help="note recorded with --approve/--reject")
    p.add_argument("--by", metavar="NAME", help="reviewer recorded with --approve/--reject (default $USER)")
    p.add_argument("--no-check", action="store_true", help="only record decisions; do not re-check the draft first")
    p.set_defaults(func=_cmd_review)
    return parser


def _ledger_flags(p: argparse.ArgumentParser, *, allow_disable: bool = True) -> None:
    p.add_argument("--ledger", metavar="DIR", help="editor review ledger folder (default claims/)")
    if allow_disable:
        p.add_argument("--no-ledger", action="store_true", help="ignore editor reviews")


# --------------------------------------------------------------------------- helpers


def _settings(args: argparse.Namespace, **flags: Any) -> Any:
    from factcheck.config import load_settings

    settings = load_settings(args.config)
    ledger: Any = getattr(args, "ledger", None)
    if getattr(args, "no_ledger", False):
        ledger = False
    return settings.override(ledger=ledger, backend=getattr(args, "backend", None), **flags)


def _emit(text: str, output: str | None) -> None:
    if output:
        from factcheck.io import atomic_write

        atomic_write(output, text)
        return
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
    sys.stdout.flush()


def _require_sources(settings: Any) -> Path:
    sources = settings.sources
    if sources is None:
        raise ConfigError(
            'no reference sources: pass --sources DIR or set sources = "DIR" under [tool.factcheck] in pyproject.toml'
        )
    if not Path(sources).exists():
        raise ConfigError(f"{sources}: reference sources not found; check --sources or [tool.factcheck] sources")
    return Path(sources)


def _checker(settings: Any, sources: Path, k: int = 5, index_path: Path | None = None) -> Any:
    """The Checker for ``sources`` (the one place the CLI builds the pipeline)."""
    from factcheck.check import Checker
    from factcheck.corpus import Corpus

    corpus = Corpus.from_path(sources)
    return Checker(corpus, index_path=index_path or settings.index, k=k, backend=settings.backend)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, FactCheckError):
        message = str(exc)
    elif isinstance(exc, UnicodeDecodeError):
        message = f"not valid {exc.encoding} (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
    elif isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        message = f"{where}{exc.strerror or exc}"
    else:  # pragma: no cover - only the types above are caught
        message = str(exc)
    return " ".join(message.split()) or type(exc).__name__


# --------------------------------------------------------------------------- commands


def _cmd_check(args: argparse.Namespace) -> int:
    from factcheck.io import read_text
    from factcheck.ledger import load_ledger, story_name
    from factcheck.policy import evaluate
    from factcheck.render import render

    settings = _settings(
        args,
        sources=args.sources,
        format=args.format,
        fail_on=args.fail_on,
        min_score=args.min_score,
        checkworthy_threshold=args.checkworthy_threshold,
    )
    if args.k < 1:
        raise ConfigError(f"--k: expected a positive number of passages, got {args.k}")
    policy = settings.policy()
    drafts = [(path, read_text(path)) for path in args.drafts]
    ledgers = [load_ledger(settings.ledger, story_name(path)) if settings.ledger else None for path, _ in drafts]
    if getattr(args, "engine", "local") == "ray":
        from factcheck.distributed import RayEngine

        sources = _require_sources(settings)
        reports = RayEngine().check_texts(drafts, sources=sources, index_path=settings.index, k=args.k)
    else:
        checker = _checker(settings, _require_sources(settings), k=args.k)
        reports = [checker.check(text, path=path) for path, text in drafts]
    evaluations = [evaluate(report, policy, ledger) for report, ledger in zip(reports, ledgers)]
    _emit(render(evaluations, settings.format), args.output)
    return EXIT_OK if all(e.passed for e in evaluations) else EXIT_FAIL


def _extract(path: str) -> tuple[str, Any]:
    from factcheck.article import Article
    from factcheck.claims import extract_claims
    from factcheck.io import read_text

    text = read_text(path)
    article = Article.from_text(text, path=path)
    return text, extract_claims(article.body)


def _cmd_claims(args: argparse.Namespace) -> int:
    from factcheck.render import _flat, _Lines

    text, claims = _extract(args.draft)
    if args.format == "json":
        out = json.dumps({"claims": [c.to_dict() for c in claims]}, indent=2, ensure_ascii=False) + "\n"
    else:
        lines_of = _Lines(text)
        rows = [f"{_flat(args.draft)}: {len(claims)} claim(s)"]
        for c in claims:
            a = c.attribution
            src = _flat(a.source or a.canonical or "") if a.is_attributed else "unattributed"
            rows.append(
                f"{_flat(c.id, 8):<5} line {lines_of.at(c.start)[0]:<4} {c.kind.value:<10} cw {c.checkworthy:.2f}"
                f"{' hedged' if c.hedged else ''}  {_flat(c.text, 120)}  [{src}]"
            )
        out = "\n".join(rows) + "\n"
    _emit(out, args.output)
    return EXIT_OK


def _cmd_index(args: argparse.Namespace) -> int:
    settings = _settings(args)
    index_path = Path(args.index_path) if args.index_path else settings.index
    sources = Path(args.dir)
    if not sources.exists():
        raise ConfigError(f"{sources}: no such folder or file; pass the reference corpus to index")
    if getattr(args, "engine", "local") == "ray":
        from factcheck.corpus import Corpus
        from factcheck.distributed import RayEngine

        corpus = RayEngine().build_index(Corpus.from_path(sources), path=index_path).corpus
    else:
        checker = _checker(settings, sources, index_path=index_path)
        _ = checker.index  # builds, or loads and refreshes, the persisted index
        corpus = checker.corpus
    _emit(
        f"indexed {len(corpus)} document(s), {len(corpus.passages)} passage(s) from {sources} into {index_path}\n",
        None,
    )
    return EXIT_OK


def _reviewer(name: str | None) -> str | None:
    if name:
        return name
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # pragma: no cover - no user database
        return None


def _cmd_review(args: argparse.Namespace) -> int:
    from factcheck.io import read_text
    from factcheck.ledger import ReviewStatus, load_ledger, review_claims, story_name, update_ledger
    from factcheck.render import _flat

    settings = _settings(args, sources=getattr(args, "sources", None))
    if settings.ledger is None:
        raise ConfigError("review needs a ledger folder: pass --ledger DIR or set ledger under [tool.factcheck]")
    story = story_name(args.draft)
    decisions = (
        [(key, ReviewStatus.APPROVED) for key in args.approve]
        + [(key, ReviewStatus.REJECTED) for key in args.reject]
        + [(key, None) for key in args.clear]
    )
    if args.no_check:
        if not decisions:
            raise ConfigError("--no-check needs at least one --approve, --reject or --clear")
        load_ledger(settings.ledger, story)  # fail fast on a malformed ledger
    else:
        text = read_text(args.draft)
        load_ledger(settings.ledger, story)
        report = _checker(settings, _require_sources(settings)).check(text, path=args.draft)
        update_ledger(settings.ledger, report, story=story)
    ledger = load_ledger(settings.ledger, story)
    if decisions:
        ledger = review_claims(settings.ledger, story, decisions, note=args.note, by=_reviewer(args.by))
    rows = [f"{ledger.path}: {len(ledger.entries)} claim(s)"]
    for e in ledger.entries:
        status = e.review.status.value if e.review.status else "-"
        verdict = e.verdict.value if e.verdict else "-"
        rows.append(f"{e.id}  {verdict:<12} {status:<9} {_flat(e.text, 100)}")
    _emit("\n".join(rows) + "\n", None)
    return EXIT_OK


# --------------------------------------------------------------------------- entry point


def _show_warning(message: Any, category: Any, filename: str, lineno: int, file: Any = None, line: Any = None) -> None:
    """Print a warning as one ``factcheck: warning: ...`` line on stderr."""
    print(f"{PROG}: warning: {' '.join(str(message).split())}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``factcheck`` command; returns the exit code.

    Args:
        argv: Arguments without the program name; None reads ``sys.argv``.
    """
    parser = _parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as exc:  # --help, --version and usage errors
        code = exc.code
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_ERROR)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return int(args.func(args))
    except BrokenPipeError:
        # the reader went away (``factcheck check ... | head``); not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:  # pragma: no cover
            pass
        return EXIT_OK
    except (FactCheckError, OSError, UnicodeDecodeError) as exc:
        print(f"{PROG}: error: {_describe(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
