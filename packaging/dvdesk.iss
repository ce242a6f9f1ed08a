; Inno Setup 6 script: per-user installer of the dvdesk bundle (dist\dvdesk\, built by build-windows.ps1).
;
; * No admin rights: installs under %LOCALAPPDATA%\Programs\dvdesk, registry keys under HKCU only.
; * Start-menu shortcut (and an optional desktop one) to dvdesk-gui.exe (no console window).
; * .dvbak files open with dvdesk (it offers to restore them, after its own backup).
; * Uninstall removes the program only: the user's data (%LOCALAPPDATA%\dvdesk: the database, its
;   backups and attachments, the log) is never touched.
; * Silent install for IT staff:   dvdesk-setup-X.Y.Z.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   silent uninstall:              "%LOCALAPPDATA%\Programs\dvdesk\unins000.exe" /VERYSILENT
; * A newer version installs over an older one (same AppId): the old program files are removed first,
;   a running dvdesk is closed; at its next start the app backs the database up, then migrates it.
;
; Compile: ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\dist\dvdesk /DOutputDir=..\dist packaging\dvdesk.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\dvdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

[Setup]
AppId={{6E1F2B0C-5D4A-4F3E-9C71-2A8B3D9E4C15}
AppName=dvdesk
AppVersion={#AppVersion}
AppVerName=dvdesk {#AppVersion}
AppPublisher=dvdesk
VersionInfoVersion={#AppVersion}
VersionInfoDescription=dvdesk — Quản lý phong trào thi đua Dân vận khéo
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\dvdesk
DisableDirPage=yes
DefaultGroupName=dvdesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename=dvdesk-setup-{#AppVersion}
SetupIconFile=dvdesk.ico
UninstallDisplayIcon={app}\dvdesk-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=force
RestartApplications=no
; long paths inside the bundle stay short (dist\dvdesk\_internal\...); the folder itself is short too

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"; Flags: skipifnotexists
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình nền"; Flags: unchecked

[InstallDelete]
; an upgrade must not keep libraries of the previous version beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\dvdesk — Dân vận khéo"; Filename: "{app}\dvdesk-gui.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\Hướng dẫn sử dụng dvdesk"; Filename: "{app}\_internal\dvdesk\resources\guide\huong-dan.html"
Name: "{autodesktop}\dvdesk — Dân vận khéo"; Filename: "{app}\dvdesk-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; per-user file association (HKA = HKCU for a non-admin install)
Root: HKA; Subkey: "Software\Classes\.dvbak"; ValueType: string; ValueName: ""; ValueData: "dvdesk.backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\dvdesk.backup"; ValueType: string; ValueName: ""; ValueData: "Bản sao lưu dvdesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\dvdesk.backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\dvdesk-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\dvdesk.backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dvdesk-gui.exe"" ""%1"""

[Run]
Filename: "{app}\dvdesk-gui.exe"; Description: "Mở dvdesk"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself left in its folder; the data folder %LOCALAPPDATA%\dvdesk stays
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
