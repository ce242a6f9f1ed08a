# Build the Windows bundle and installer:  powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# 1. a separate virtual environment .venv-bundle with the project installed normally (pip install .)
#    and PyInstaller (an editable install would hide packages from PyInstaller);
# 2. dist\dvdesk\ from packaging\dvdesk.spec (onedir, no UPX, version resource, icon);
# 3. the bundle's self-test, from another folder, offscreen;
# 4. dist\dvdesk-setup-<version>.exe with Inno Setup 6 (ISCC.exe on PATH or in Program Files).
# Needs Python 3.12 (py launcher or python on PATH) and Inno Setup 6; no admin rights.
param(
    [string]$Python = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$started = Get-Date

if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py -3.12" } else { $Python = "python" }
}
$venv = Join-Path $Root ".venv-bundle"
$vpy = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $vpy)) { Invoke-Expression "$Python -m venv `"$venv`"" }
& $vpy -m pip install --quiet --upgrade pip
& $vpy -m pip install --quiet "pyinstaller>=6.10"
& $vpy -m pip install --quiet .
& $vpy -m pip install --quiet --no-deps --force-reinstall .
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$version = & $vpy -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue build\dvdesk-bundle, dist\dvdesk
New-Item -ItemType Directory -Force build\dvdesk-bundle | Out-Null
Push-Location build\dvdesk-bundle   # outside the source tree: its dvdesk\ must not shadow the install
try {
    & $vpy -m PyInstaller --noconfirm --clean --log-level WARN --workpath "$Root\build\dvdesk-bundle" `
        --distpath "$Root\dist" "$Root\packaging\dvdesk.spec"
    if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
} finally { Pop-Location }

$sizeMB = [math]::Round(((Get-ChildItem -Recurse dist\dvdesk | Measure-Object -Sum Length).Sum / 1MB), 1)
Write-Host "Bundle: dist\dvdesk\ — $sizeMB MB, built in $([int]((Get-Date) - $started).TotalSeconds) s"

# The bundle proves itself from another folder, with no display.
$env:QT_QPA_PLATFORM = "offscreen"
$tmp = New-Item -ItemType Directory -Force (Join-Path $env:TEMP "dvdesk-selftest-$(Get-Random)")
Push-Location $tmp
try {
    & "$Root\dist\dvdesk\dvdesk.exe" self-test
    if ($LASTEXITCODE -ne 0) { throw "self-test of the bundle failed" }
} finally { Pop-Location; Remove-Item Env:QT_QPA_PLATFORM }

if ($SkipInstaller) { return }
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($c in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $c) { $iscc = $c; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it, or run with -SkipInstaller" }
& $iscc /Q "/DAppVersion=$version" "/DSourceDir=$Root\dist\dvdesk" "/DOutputDir=$Root\dist" "$Root\packaging\dvdesk.iss"
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "Installer: dist\dvdesk-setup-$version.exe"
