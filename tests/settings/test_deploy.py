"""Production settings: safe or refusing, never silently insecure."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test starts manage.py with production settings

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


@pytest.mark.parametrize("key", ["x", "short-but-not-empty", "a" * 64, "ab" * 40])
def test_production_refuses_to_start_with_a_weak_secret_key(tmp_path, key):
    result = manage("check", env={**production_env(tmp_path), "DJANGO_SECRET_KEY": key})

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is weak" in result.stderr


def test_production_refuses_to_start_with_debug_on(tmp_path):
    result = manage("check", env={**production_env(tmp_path), "DJANGO_DEBUG": "true"})

    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr


@pytest.mark.parametrize(
    ("trust", "expected"), [(None, "None"), ("true", "('HTTP_X_FORWARDED_PROTO', 'https')")]
)
def test_x_forwarded_proto_is_trusted_only_when_a_setting_says_a_proxy_sets_it(tmp_path, trust, expected):
    env = production_env(tmp_path) | ({"DJANGO_TRUST_X_FORWARDED_PROTO": trust} if trust else {})

    result = manage(
        "shell", "-c", "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)", env=env
    )

    assert result.stdout.strip().splitlines()[-1] == expected, result.stderr
