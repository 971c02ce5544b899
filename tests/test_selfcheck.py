"""`tabling --self-check` and `--version` from the source tree, and where bundled files are.

CI runs the same self-check on the built desktop bundle (`make bundle-check`); building
it takes a minute or more, so pytest checks the source tree only.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, paths
from desktop.cli import main
from desktop.districts.dataset import Dataset
from desktop.errors import CheckFailed
from desktop.selfcheck import SelfCheck


def self_check(**env: str) -> subprocess.CompletedProcess[str]:
    """The command as a volunteer runs it: a separate process, as the bundle would be."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--self-check"],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **env},
    )


def check_names() -> list[str]:
    return [name for name, _check in SelfCheck(Path()).checks()]


def test_self_check_passes_and_prints_each_check(tabling_home: Path) -> None:
    done = self_check()
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"tabling {__version__} self-check, from the source tree"
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok   {n}" for n in check_names()]
    assert lines[-1] == f"self-check passed: all {len(check_names())} checks ok"
    assert "351 towns, legislators as of" in done.stdout
    assert "Hyannis -> Barnstable" in done.stdout
    assert "51 Dudley St -> 42.33011, -71.07490 (left side, ZIP 02119)" in done.stdout
    assert "-> the State House, 42.3580596, -71.0636167" in done.stdout
    # Its database, settings and letters went to a temporary folder, not the user's.
    assert list(tabling_home.iterdir()) == []


def test_self_check_fails_with_the_reason(tmp_path: Path) -> None:
    done = self_check(TABLING_DATASET=str(tmp_path / "missing.sqlite"))
    assert done.returncode == 1
    assert "FAIL dataset opens: " in done.stdout
    assert "the district dataset is missing" in done.stdout
    assert "FAIL town lookup: needs the dataset, which did not open" in done.stdout
    assert "ok   campaign loads: " in done.stdout  # the checks that can still run, do
    assert done.stdout.splitlines()[-1].startswith("self-check FAILED: ")


def test_the_street_import_check_leaves_the_users_street_ranges_alone(
    tmp_path: Path, tabling_home: Path
) -> None:
    line = SelfCheck(tmp_path).street_ranges_import()
    assert line.startswith("tl_2024_25025_addrfeat.zip (Suffolk County) imported, 51 Dudley St")
    assert (tmp_path / "streets-self-check.sqlite").is_file()
    assert not paths.streets_path().exists()
    assert list(tabling_home.iterdir()) == []


def test_the_reprojection_check_compares_with_the_known_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "EPSG:26986 235950 E, 900932 N" in SelfCheck(tmp_path).reprojection()
    # 10 cm east of where pyproj puts it: not the State House.
    monkeypatch.setattr("desktop.selfcheck.STATE_HOUSE_LONLAT", (-71.0636155, 42.3580596))
    with pytest.raises(CheckFailed) as failed:
        SelfCheck(tmp_path).reprojection()
    assert str(failed.value).endswith("expected 42.3580596, -71.0636155")


def test_a_bundle_without_pyshp_or_pyproj_fails_their_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a bundle built with pyshp and pyproj excluded did (build.spec).
    monkeypatch.setitem(sys.modules, "shapefile", None)
    monkeypatch.setitem(sys.modules, "pyproj", None)
    check = SelfCheck(tmp_path)
    wanted = ("street ranges import", "reprojection for data updates")
    only = [(name, run) for name, run in check.checks() if name in wanted]
    monkeypatch.setattr(check, "checks", lambda: only)
    out = io.StringIO()
    outcomes = check.run(out)
    assert [(o.name, o.ok) for o in outcomes] == [(name, False) for name in wanted]
    report = out.getvalue()
    assert "FAIL street ranges import: ModuleNotFoundError: import of shapefile" in report
    assert "FAIL reprojection for data updates: ModuleNotFoundError: import of pyproj" in report


def test_version_names_the_dataset_date(
    capsys: pytest.CaptureFixture[str], dataset: Dataset
) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"tabling {__version__} (legislators as of {dataset.as_of})\n"


def test_version_without_a_dataset_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TABLING_DATASET", str(tmp_path / "missing.sqlite"))
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"tabling {__version__} (no usable district dataset: ")
    assert "missing" in out


def test_resource_path_from_source() -> None:
    assert not paths.is_frozen()
    assert paths.bundle_root() == paths.project_root()
    assert paths.resource_path("fonts") == paths.project_root() / "resources" / "fonts"
    assert paths.resource_path("campaigns", "safe-communities-act.yaml").is_file()
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert (paths.bundled_data_dir() / paths.DATASET_FILE).is_file()


def test_resource_path_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "tabling" / "_internal"
    # What PyInstaller's bootloader sets before the app's code runs (see build.spec).
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resource_path("translations") == bundle / "resources" / "translations"
    assert paths.bundled_data_dir() == bundle / "data"
    # The user's own files go to the platform's user folder, never into the bundle.
    monkeypatch.delenv("TABLING_HOME")
    assert bundle not in paths.user_home().parents
