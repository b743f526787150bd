; Inno Setup 6.3+ script (x64compatible needs 6.3): a per-user installer for Peer Support Desktop on Windows.
; Built by `python installer/build.py`, which passes the defines below (names and
; version come from installer/bundle_identity.py and pyproject.toml).
;
; Per user, no administrator rights: the application goes to
; %LOCALAPPDATA%\Programs\Peer Support Desktop. The vault never lives there, so an
; upgrade or an uninstall cannot touch it.

#ifndef AppVersion
  #error Build with `python installer/build.py`: it passes /DAppVersion and the paths.
#endif

[Setup]
; The same AppId for every version: an installer upgrades what an earlier one installed.
AppId={{5454E1DE-37D8-4591-8905-9E851C6607BB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows' Restart Manager asks a running copy to close before its files are replaced
; (the vault commits each change as it is made, so closing loses nothing).
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole build: a library or plugin the new version no longer
; ships must not stay behind for Qt to load. The vault is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} licences"; Filename: "{app}\_internal\licenses\THIRD-PARTY-NOTICES.txt"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Registry]
; The window's size and column layout (QSettings; never any record). Removed with the
; application; created by the application itself, not here.
Root: HKCU; Subkey: "Software\PeerSupportDesktop"; Flags: uninsdeletekey dontcreatekey

[Code]
function VaultFolder(): String;
begin
  Result := GetEnv('PEERSUPPORT_VAULT');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\PeerSupportDesktop')
  else
    Result := ExtractFileDir(Result);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('{#AppName} is removed.' + #13#10 + #13#10 +
      'Your vault and its backups are kept where they are:' + #13#10 +
      VaultFolder() + #13#10 + '(or wherever you chose to keep them).' + #13#10 + #13#10 +
      'Delete them yourself only when the program''s records may go.',
      mbInformation, MB_OK);
end;
