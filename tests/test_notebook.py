"""The example notebook runs top to bottom and shows the rich report."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "demo.ipynb"


def _kernel_name() -> str:
    """The python3 kernel if it runs this interpreter, else one registered for it on the fly."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    try:
        spec = manager.get_kernel_spec("python3")
        if spec.argv and (
            spec.argv[0] in {"python", "python3", sys.executable}
            or Path(spec.argv[0]).resolve() == Path(sys.executable).resolve()
        ):
            return "python3"
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(user=True, kernel_name="factcheck-tests", display_name="factcheck tests")
    return "factcheck-tests"


def _outputs(cell: dict, mime: str) -> str:
    return "".join(
        "".join(o.get("data", {}).get(mime, ""))
        if o.get("output_type") in {"execute_result", "display_data"}
        else "".join(o.get("text", ""))
        if mime == "text/plain" and o.get("output_type") == "stream"
        else ""
        for o in cell.get("outputs", [])
    )


def test_notebook_is_clean_json() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert all(not c.get("outputs") for c in nb["cells"] if c["cell_type"] == "code"), "commit without outputs"
    assert "demo-draft.md" in "".join("".join(c["source"]) for c in nb["cells"])


@pytest.mark.model
@pytest.mark.slow
def test_notebook_executes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("OMP_NUM_THREADS", os.environ.get("OMP_NUM_THREADS", "2"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name=_kernel_name(), resources={"metadata": {"path": str(ROOT / "examples")}}
    )
    client.execute()  # raises CellExecutionError on any failing cell

    code = [c for c in nb.cells if c.cell_type == "code"]
    html = "".join(_outputs(c, "text/html") for c in code)
    assert 'class="factcheck-report"' in html  # Report._repr_html_
    assert "<mark" in html and "<details>" in html  # highlighted spans, expandable evidence
    assert 'class="fc-claim"' in html  # ClaimCheck._repr_html_
    assert "<table" in html  # DataFrames
    text = "".join(_outputs(c, "text/plain") for c in code)
    assert "passes" in text or "fails" in text
    assert '"@type": "ClaimReview"' in text
