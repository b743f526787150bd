"""Packaging pyproject.toml cannot express: resources/ ships as peersupport_desktop/resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["peersupport_desktop*"]), "peersupport_desktop.resources"],
    package_dir={"peersupport_desktop.resources": "resources"},
    package_data={
        "peersupport_desktop": [
            "store/migrations/*.py",
            "store/migrations/*.mako",
            "store/migrations/versions/*.py",
        ],
        "peersupport_desktop.resources": ["**/*"],
    },
)
