"""``enclave bench AREA``: the benchmarks, which live in a source checkout (``benchmarks/``), not in
the installed package."""
from __future__ import annotations

import sys

import click

from . import EXIT_USAGE, emit_json, fail, main
from .checkout import checkout_root


@main.command()
@click.argument("area")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--quick", is_flag=True, help="A shorter run.")
@click.option("--out", default="bench-results", show_default=True, help="Directory for the result files.")
def bench(area, as_json, quick, out):
    """Run the benchmark of AREA (bus, privacy, context, llm, tools, fuzz, load, chaos, security,
    storage) or `all`: every area in one run on one commit, and one report of the seed's criteria."""
    root = checkout_root()
    if root is None:
        fail("benchmarks need a source checkout of enclave (they are not in the installed package): "
             "clone it and run `make bench` or `enclave bench AREA` there", EXIT_USAGE)
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from benchmarks import common
    try:
        result = common.run_area(area, quick=quick, out=out)
    except common.UnknownArea as e:
        fail(str(e), EXIT_USAGE)
    if as_json:
        emit_json(result)
    else:
        click.echo(common.table(result))
