"""macOS: the .app (made, and signed when CODESIGN_IDENTITY is set, by the spec's BUNDLE
step) in a disk image, itself signed and notarised when the build machine holds the
credentials (macos/SIGNING.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bundle_identity import APP_NAME, package_stem

IDENTITY_ENV = "CODESIGN_IDENTITY"  # as the spec reads it: "Developer ID Application: …"
NOTARY_ENV = "NOTARY_PROFILE"  # a `xcrun notarytool store-credentials` profile


def make_disk_image(app: Path, dist: Path, work: Path) -> Path:
    """The .app beside a link to /Applications, to drag it onto."""
    staged = work / "disk-image"
    if staged.exists():
        shutil.rmtree(staged)
    staged.mkdir(parents=True)
    shutil.copytree(app, staged / app.name, symlinks=True)
    (staged / "Applications").symlink_to("/Applications")
    image = dist / f"{package_stem()}.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(
        ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(staged), "-ov",
         "-format", "UDZO", str(image)],
        check=True,
    )  # fmt: skip
    return image


def sign_disk_image(image: Path) -> bool:
    """Signs the image itself (the .app inside is signed by the spec). False: no identity."""
    identity = os.environ.get(IDENTITY_ENV)
    if not identity:
        return False
    subprocess.run(["codesign", "--timestamp", "--sign", identity, str(image)], check=True)
    return True


def notarise(image: Path) -> bool:
    """Submits the disk image to Apple and staples the ticket. False: no profile given."""
    profile = os.environ.get(NOTARY_ENV)
    if not profile:
        return False
    subprocess.run(
        ["xcrun", "notarytool", "submit", str(image), "--keychain-profile", profile, "--wait"],
        check=True,
    )
    subprocess.run(["xcrun", "stapler", "staple", str(image)], check=True)
    return True
