"""Production settings: safe or refusing, never silently insecure."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, env):
    clean = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DISPATCHES_"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "archive.settings.prod", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env(tmp_path):
    return {
        "DJANGO_SECRET_KEY": "k3y-" + "x9Qz" * 16,
        "DISPATCHES_DATA_DIR": str(tmp_path),
        "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    }


def test_check_deploy_reports_no_issues_with_production_settings(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_a_data_directory(tmp_path):
    env = production_env(tmp_path)
    del env["DISPATCHES_DATA_DIR"]

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "DISPATCHES_DATA_DIR" in result.stderr
