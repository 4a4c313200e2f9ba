"""notebooks/quickstart.ipynb runs from top to bottom without an error cell."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "quickstart.ipynb"


def test_notebook_quickstart_runs_without_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nbformat = pytest.importorskip(
        "nbformat", reason="nbformat is not installed (pip install -e '.[test]')"
    )
    nbclient = pytest.importorskip(
        "nbclient", reason="nbclient is not installed (pip install -e '.[test]')"
    )
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (pip install -e '.[test]')")
    monkeypatch.setenv("KG_QUICKSTART_OUT", str(tmp_path / "out"))  # the kernel inherits it
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "investments" in text and "leaders" in text
    assert "微盟" in text  # 腾讯 invested in 微盟 in the seed article
    frames = [o for o in outputs if o.output_type == "display_data" and "text/html" in o.data]
    assert len(frames) == 2
    assert all('<iframe srcdoc="' in f.data["text/html"] for f in frames)
    assert (tmp_path / "out" / "graph.ttl").is_file()
