"""Everyday part: 45 new container kinds from the Windows / .NET enterprise world x 4 records."""
import random
from common import shape, fill, pascal, camel, rec, USERS, HOSTS

TYPES = {
    'aws_secret_access_key': 'A40', 'database_password': 'P', 'github_personal_access_token': '~ghp_|A36',
    'jwt_signing_secret': 'b48', 'sendgrid_api_key': '~SG.|b22|~.|b43', 'slack_bot_token': '~xoxb-|D12|~-|D13|~-|A24',
    'smtp_password': 'P', 'stripe_live_secret_key': '~sk_live_51|A97', 'twilio_auth_token': 'H32',
    'iis_app_pool_identity_password': 'P', 'sql_server_sa_password': 'P', 'domain_join_account_password': 'P',
    'aspnet_machinekey_validation_key': 'U128', 'code_signing_pfx_password': 'P',
    'ado_server_personal_access_token': 'Z52', 'octopus_deploy_api_key': '~API-|a27',
}
REPEATED = ['aws_secret_access_key', 'database_password', 'github_personal_access_token', 'jwt_signing_secret', 'sendgrid_api_key',
            'slack_bot_token', 'smtp_password', 'stripe_live_secret_key', 'twilio_auth_token']

K = {
 'vs_launchsettings_profile_json': '{\n  "profiles": {\n    "Orders.Api": {\n      "commandName": "Project",\n      "environmentVariables": {\n        "ASPNETCORE_ENVIRONMENT": "Development",\n        "{E}": "{v}"\n      },\n      "applicationUrl": "https://localhost:7081"\n    }\n  }\n}\n',
 'nuget_config_packagesourcecredentials': '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="corp" value="https://{h}/nuget/v3/index.json" />\n  </packageSources>\n  <!-- {K} for the release pipeline -->\n  <packageSourceCredentials>\n    <corp>\n      <add key="Username" value="{u}" />\n      <add key="ClearTextPassword" value="{v}" />\n    </corp>\n  </packageSourceCredentials>\n</configuration>\n',
 'msbuild_pubxml_publish_profile': '<Project>\n  <PropertyGroup>\n    <WebPublishMethod>MSDeploy</WebPublishMethod>\n    <MSDeployServiceURL>https://{h}:8172/msdeploy.axd</MSDeployServiceURL>\n    <UserName>{u}</UserName>\n    <{K}>{v}</{K}>\n  </PropertyGroup>\n</Project>\n',
 'web_release_config_xdt_transform': '<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">\n  <appSettings>\n    <add key="{K}" value="{v}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />\n  </appSettings>\n</configuration>\n',
 'iis_applicationhost_apppool_element': '<applicationPools>\n  <add name="OrdersPool" managedRuntimeVersion="v4.0">\n    <environmentVariables>\n      <add name="{E}" value="{v}" />\n    </environmentVariables>\n  </add>\n</applicationPools>\n',
 'sqlcmd_setvar_deploy_script': ':setvar DatabaseName "Orders"\n:setvar {K} "{v}"\nUSE [$(DatabaseName)];\nGO\nPRINT \'deploying with $({K})\';\n',
 'ssms_regsrvr_registered_server_xml': '<RegisteredServers:RegisteredServer>\n  <RegisteredServers:ServerName type="string">{h}</RegisteredServers:ServerName>\n  <RegisteredServers:Description type="string">{K}={v}</RegisteredServers:Description>\n</RegisteredServers:RegisteredServer>\n',
 'dsc_configurationdata_psd1': '@{\n    AllNodes = @(\n        @{\n            NodeName = \'{h}\'\n            PSDscAllowPlainTextPassword = $true\n            {K} = \'{v}\'\n        }\n    )\n}\n',
 'winrm_remoting_session_ps1': '$s = New-PSSession -ComputerName {h} -UseSSL\nInvoke-Command -Session $s -ScriptBlock {\n    $env:{E} = \'{v}\'\n    & C:\\svc\\Orders\\migrate.exe\n}\n',
 'wix_bundle_variable_wxs': '<Bundle Name="Orders Suite" Version="4.2.0">\n  <Variable Name="{K}" Value="{v}" Hidden="yes" />\n  <Chain><MsiPackage SourceFile="Orders.msi" /></Chain>\n</Bundle>\n',
 'msix_packaging_tool_template_xml': '<MsixPackagingToolTemplate>\n  <Installer Path="C:\\src\\OrdersSetup.exe" Arguments="/quiet {E}={v}" />\n  <SaveLocation PackagePath="C:\\out\\Orders.msix" />\n</MsixPackagingToolTemplate>\n',
 'gpp_scheduled_tasks_xml': '<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">\n  <TaskV2 name="NightlySync">\n    <Properties action="U" runAs="CORP\\{u}">\n      <Task><Actions><Exec><Command>sync.exe</Command><Arguments>--{k} {v}</Arguments></Exec></Actions></Task>\n    </Properties>\n  </TaskV2>\n</ScheduledTasks>\n',
 'regedit_hklm_software_export': 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Orders]\n"InstallDir"="C:\\\\Program Files\\\\Orders"\n"{K}"="{v}"\n',
 'cmdkey_logon_batch_cmd': '@echo off\nrem logon script for build agents\nset {E}={v}\ncmdkey /list\n',
 'intune_remediation_script_ps1': '# Remediation script - Intune proactive remediation\n$regPath = "HKLM:\\SOFTWARE\\Contoso\\Agent"\nNew-ItemProperty -Path $regPath -Name "{K}" -Value "{v}" -PropertyType String -Force | Out-Null\nExit 0\n',
 'ado_server_variable_group_json': '{\n  "name": "orders-release",\n  "variables": {\n    "{k}": { "value": "{v}", "isSecret": false },\n    "sqlServer": { "value": "{h}" }\n  }\n}\n',
 'directory_build_props_xml': '<Project>\n  <PropertyGroup>\n    <Company>Contoso</Company>\n    <{K}>{v}</{K}>\n  </PropertyGroup>\n</Project>\n',
 'dotnet_user_secrets_json': '{\n  "ConnectionStrings:Orders": "Server={h};Database=Orders;Integrated Security=true",\n  "Secrets:{K}": "{v}"\n}\n',
 'app_config_appsettings_section': '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="{K}" value="{v}"/>\n  </appSettings>\n</configuration>\n',
 'tfs_build_agent_env_cmd': 'REM agent bootstrap on {h}\nSET VSTS_AGENT_INPUT_POOL=Default\nSET {E}={v}\ncall run.cmd\n',
 'msdeploy_setparameters_xml': '<parameters>\n  <setParameter name="IIS Web Application Name" value="Default Web Site/Orders" />\n  <setParameter name="{K}" value="{v}" />\n</parameters>\n',
 'vsto_settings_designer_cs': '[global::System.Configuration.ApplicationScopedSettingAttribute()]\n[global::System.Configuration.DefaultSettingValueAttribute("{v}")]\npublic string {K} {\n    get { return ((string)(this["{K}"])); }\n}\n',
 'sccm_task_sequence_variables_xml': '<SequenceData>\n  <variable name="OSDComputerName">WS-0142</variable>\n  <variable name="{K}">{v}</variable>\n</SequenceData>\n',
 'unattend_xml_runsynchronous_block': '<RunSynchronousCommand wcm:action="add">\n  <Order>3</Order>\n  <Path>cmd /c C:\\Setup\\agent.exe /{k}={v}</Path>\n</RunSynchronousCommand>\n',
 'iis_shared_config_redirection_config': '<configuration>\n  <configurationRedirection enabled="true" path="\\\\{h}\\iisconfig" userName="CORP\\{u}" />\n  <!-- {K}: {v} -->\n</configuration>\n',
 'ssrs_rsreportserver_config_fragment': '<Configuration>\n  <Dsn>...</Dsn>\n  <Extensions>\n    <Delivery><Extension Name="Report Server Email">\n      <Configuration><RSEmailDPConfiguration><{K}>{v}</{K}></RSEmailDPConfiguration></Configuration>\n    </Extension></Delivery>\n  </Extensions>\n</Configuration>\n',
 'sql_linked_server_tsql_script': 'EXEC master.dbo.sp_addlinkedserver @server = N\'LEGACY\', @srvproduct = N\'\', @provider = N\'MSOLEDBSQL\', @datasrc = N\'{h}\';\n-- {K} = {v}\nGO\n',
 'dbatools_migration_ps1': 'Import-Module dbatools\n$source = \'{h}\'\n${K} = \'{v}\'\nStart-DbaMigration -Source $source -Destination sql02 -BackupRestore -SharedPath \\\\fs01\\mig\n',
 'octopus_variable_snapshot_json': '{\n  "Variables": [\n    { "Name": "{K}", "Value": "{v}", "IsSensitive": false, "Scope": { "Environment": ["Production"] } }\n  ]\n}\n',
 'vs_runsettings_testrun_xml': '<RunSettings>\n  <TestRunParameters>\n    <Parameter name="baseUrl" value="https://{h}" />\n    <Parameter name="{k}" value="{v}" />\n  </TestRunParameters>\n</RunSettings>\n',
 'wpf_settings_settings_file': '<SettingsFile xmlns="http://schemas.microsoft.com/VisualStudio/2004/01/settings" CurrentProfile="(Default)">\n  <Settings>\n    <Setting Name="{K}" Type="System.String" Scope="Application">\n      <Value Profile="(Default)">{v}</Value>\n    </Setting>\n  </Settings>\n</SettingsFile>\n',
 'wix_serviceinstall_component_wxs': '<Component Id="OrdersSvc" Guid="*">\n  <File Source="Orders.Service.exe" KeyPath="yes" />\n  <ServiceInstall Name="OrdersSvc" Start="auto" Account="CORP\\{u}" Arguments="--{k} {v}" />\n</Component>\n',
 'iis_webdeploy_publishsettings_file': '<publishData>\n  <publishProfile profileName="Orders - Web Deploy" publishMethod="MSDeploy" publishUrl="{h}:8172" userName="{u}" {c}="{v}" />\n</publishData>\n',
 'tfs_release_definition_json_export': '{\n  "name": "Orders-Release",\n  "variables": {\n    "{K}": { "value": "{v}" }\n  },\n  "environments": [ { "name": "Prod" } ]\n}\n',
 'powershell_allhosts_profile_ps1': '# C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\profile.ps1\nSet-Alias ll Get-ChildItem\n$env:{E} = "{v}"\n',
 'psreadline_consolehost_history_txt': 'cd C:\\src\\Orders\ndotnet build -c Release\n$env:{E}="{v}"\ndotnet run --project Orders.Api\n',
 'evtx_process_creation_event_xml': '<Event><System><EventID>4688</EventID><Computer>{h}</Computer></System>\n<EventData><Data Name="CommandLine">C:\\tools\\sync.exe --{k}={v}</Data></EventData></Event>\n',
 'taskschd_exported_task_xml': '<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n  <Actions Context="Author">\n    <Exec><Command>powershell.exe</Command><Arguments>-File C:\\jobs\\export.ps1 -{K} {v}</Arguments></Exec>\n  </Actions>\n</Task>\n',
 'windows_sysadmin_teams_paste': '[09:14] {u}: patched {h} last night, the {k} for the new box is {v} until Friday\n[09:15] a.chen: thanks, adding it to the vault now\n',
 'autospinstaller_input_xml': '<Configuration Environment="PROD" Version="3.99.60">\n  <Farm>\n    <Account Ref="SPFarm" CommonName="farm"><Username>CORP\\{u}</Username><{K}>{v}</{K}></Account>\n  </Farm>\n</Configuration>\n',
 'biztalk_bindings_export_xml': '<BindingInfo>\n  <SendPortCollection>\n    <SendPort Name="spOrdersOut">\n      <PrimaryTransport><TransportTypeData>&lt;CustomProps&gt;&lt;{K} vt="8"&gt;{v}&lt;/{K}&gt;&lt;/CustomProps&gt;</TransportTypeData></PrimaryTransport>\n    </SendPort>\n  </SendPortCollection>\n</BindingInfo>\n',
 'mdt_customsettings_ini': '[Settings]\nPriority=Default\n\n[Default]\nOSInstall=Y\nSkipCapture=YES\n{K}={v}\n',
 'chocolatey_install_package_ps1': '$ErrorActionPreference = \'Stop\'\n$packageArgs = @{\n  packageName = \'orders-agent\'\n  silentArgs  = "/qn {E}={v}"\n}\nInstall-ChocolateyPackage @packageArgs\n',
 'windows_service_appsettings_production_json': '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Orders": {\n    "{K}": "{v}"\n  }\n}\n',
 'helpdesk_kb_draft_rtf': '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\n\\f0\\fs22 Server {h}: {K} is {v}\\par\n}\n',
}


def build(rng_seed=7701):
    rng = random.Random(rng_seed)
    kinds = list(K)
    types = list(TYPES)
    use = {t: 0 for t in types}
    out = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in types if t not in chosen], key=lambda t: (use[t], rng.random()))
            chosen.append(cands[0]); use[cands[0]] += 1
        for t in chosen:
            v = shape(TYPES[t], rng)
            text, s, e = fill(K[kind], v, K=pascal(t), E=t.upper(), k=t, c=camel(t), u=rng.choice(USERS), h=rng.choice(HOSTS))
            out.append(('everyday', t, kind, text, s, e))
    return out
