"""Who did what, without asking the user database (issue 20, item 13)."""

from __future__ import annotations

import os
import socket
import sys

import pytest

from peersupport_desktop.services import audit


def test_the_actor_comes_from_the_environment_or_the_user_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in audit.LOGIN_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    audit.actor.cache_clear()
    tried: list[object] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: tried.append(address))
    try:
        expected = f"uid {os.getuid()}" if hasattr(os, "getuid") else None
        assert audit.actor() == expected
        assert tried == []  # no name-service socket asked
        audit.actor.cache_clear()
        monkeypatch.setenv("USER", "coordinator")
        assert audit.actor() == "coordinator"
    finally:
        audit.actor.cache_clear()


@pytest.mark.skipif(sys.platform == "win32", reason="Qt's VNC plugin is not built there")
def test_a_network_platform_plugin_from_the_environment_is_ignored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peersupport_desktop.gui.launch import ignore_network_platform

    monkeypatch.setenv("QT_QPA_PLATFORM", "vnc:size=800x600")
    ignore_network_platform()  # what application() does before Qt starts
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    ignore_network_platform()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
