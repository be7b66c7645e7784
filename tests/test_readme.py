"""The README's snippets are what a user copies: they must parse and name real options."""

from __future__ import annotations

import re
import shlex

import yaml
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.run.config_model import ConfigFile
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, re.DOTALL)


def yaml_blocks() -> list[object]:
    return [yaml.safe_load(body) for lang, body in BLOCKS if lang == "yaml"]


def test_the_readme_opens_with_the_two_commands() -> None:
    first, second = (body.strip() for lang, body in BLOCKS[:2])
    assert first.endswith("lp-lint examples/maquettes/lp-mrn-2016-2017.yaml")
    assert "'.[test]'" in second and second.endswith("pytest")
    assert second in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_yaml_snippet_parses() -> None:
    assert len(yaml_blocks()) >= 5


def test_the_configuration_snippet_is_a_valid_configuration() -> None:
    config = next(b for b in yaml_blocks() if isinstance(b, dict) and "fail-on" in b)
    ConfigFile.model_validate(config)


def test_the_commands_in_the_ci_snippets_accept_their_options() -> None:
    commands = [
        line.split("- ", 1)[-1].removeprefix("run: ")
        for _, body in BLOCKS
        for line in body.splitlines()
        if "lp-lint check" in line and "pre-commit" not in line
    ]
    assert len(commands) >= 2
    for command in commands:
        args = shlex.split(command)[1:]
        result = CliRunner().invoke(main, [*args, "--help"])
        assert result.exit_code == 0, (command, result.output)


def test_the_precommit_snippet_names_the_hook() -> None:
    config = next(b for b in yaml_blocks() if isinstance(b, dict) and "repos" in b)
    assert config["repos"][0]["hooks"][0]["id"] == "lp-lint"


def test_the_pre_commit_rev_is_the_release_tag_of_this_version() -> None:
    """Releases are tagged `v` + the version of pyproject.toml; the README pins that tag."""
    import tomllib

    from lp_lint import __version__

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    [hook_config] = [b for b in yaml_blocks() if isinstance(b, dict) and "repos" in b]
    assert hook_config["repos"][0]["rev"] == f"v{version}"
    assert __version__ == version
    assert f"`v{version}` pour {version}" in README


def test_every_option_of_the_options_table_is_one_of_check() -> None:
    table = README.split("| option | effet |", 1)[1].split("\n\n", 1)[0]
    named = set(re.findall(r"(--[a-z][a-z-]*)", table))
    assert {"--quiet", "--exclude", "--no-respect-gitignore", "--show-files"} <= named
    help_text = CliRunner().invoke(main, ["check", "--help"], terminal_width=200).stdout
    assert [option for option in sorted(named) if option not in help_text] == []


def test_every_configuration_snippet_is_valid() -> None:
    configs = [
        b for b in yaml_blocks() if isinstance(b, dict) and ("fail-on" in b or "extend" in b)
    ]
    assert len(configs) == 2 and any("extend" in c for c in configs)
    for config in configs:
        ConfigFile.model_validate(config)
