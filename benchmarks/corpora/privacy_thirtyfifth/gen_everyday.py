"""Everyday part: 45 security / identity container kinds x 4 records."""
import random
from common import EVERYDAY_TYPES, VARNAME, everyday_value
SEED = 35001
V = '\x00V\x00'
KINDS = {
 'keycloak_realm_export_client_attributes': '{\n  "realm": "corp",\n  "clients": [{\n    "clientId": "siem-connector",\n    "attributes": {\n      "{N}": "' + V + '"\n    }\n  }]\n}\n',
 'authentik_blueprint_model_attrs': 'version: 1\nentries:\n  - model: authentik_core.application\n    identifiers: {slug: vault-ui}\n    attrs:\n      meta_description: "env {N}=' + V + '"\n',
 'dex_connector_config_yaml': 'connectors:\n- type: oidc\n  id: upstream\n  config:\n    issuer: https://idp.corp.example\n    # temporary: {N}\n    clientSecret: ' + V + '\n',
 'shibboleth_idp_secrets_properties': '# conf/secrets.properties\nidp.sealer.storePassword = %{idp.sealer.password}\n{N} = ' + V + '\n',
 'simplesamlphp_authsources_array': "<?php\n$config = [\n    'default-sp' => [\n        'saml:SP',\n        'entityID' => 'https://sp.corp.example',\n        '{N}' => '" + V + "',\n    ],\n];\n",
 'oauth2_proxy_cfg_assignment': 'provider = "oidc"\nemail_domains = ["corp.example"]\n{N} = "' + V + '"\n',
 'pomerium_config_yaml_env_override': 'authenticate_service_url: https://authn.corp.example\n# exported before start\nenv:\n  {N}: ' + V + '\n',
 'authelia_configuration_notifier_block': 'notifier:\n  smtp:\n    address: submission://mail.corp.example:587\n    username: authelia\n    # {N} below\n    password: ' + V + '\n',
 'openvpn_client_ovpn_setenv': 'client\ndev tun\nremote vpn.corp.example 1194\nsetenv {N} ' + V + '\n<ca>\n(omitted)\n</ca>\n',
 'wireguard_conf_postup_hook': '[Interface]\nAddress = 10.8.0.5/32\nPostUp = {N}=' + V + ' /usr/local/bin/notify-up %i\n',
 'strongswan_updown_script_export': '#!/bin/sh\n# /etc/strongswan/updown.sh\ncase "$PLUTO_VERB" in\n  up-client)\n    export {N}="' + V + '"\n    /opt/hooks/report-up ;;\nesac\n',
 'tailscale_serve_systemd_dropin': '[Service]\nEnvironment="{N}=' + V + '"\nExecStartPost=/usr/bin/tailscale serve --bg 8443\n',
 'openssl_cnf_comment_line': '[ req ]\ndefault_bits = 3072\ndistinguished_name = dn\n# {N}=' + V + '\n[ dn ]\nCN = ca.corp.example\n',
 'cfssl_ca_config_json_auth_key': '{\n  "signing": {"default": {"expiry": "8760h", "auth_key": "primary"}},\n  "auth_keys": {"primary": {"type": "standard", "note": "{N}", "key": "' + V + '"}}\n}\n',
 'step_ca_json_provisioner_claims': '{\n  "authority": {\n    "provisioners": [{"type": "JWK", "name": "ops@corp.example", "options": {"x509": {"templateData": {"{N}": "' + V + '"}}}}]\n  }\n}\n',
 'certbot_renewal_conf_hook': '[renewalparams]\nauthenticator = dns-rfc2136\ndeploy_hook = {N}=' + V + ' /etc/letsencrypt/push.sh\n',
 'java_security_properties_override': '# custom.java.security\njdk.tls.disabledAlgorithms=SSLv3, TLSv1\n{N}=' + V + '\n',
 'vault_agent_hcl_env_template': 'template {\n  destination = "/run/app/env"\n  contents    = <<EOT\n{N}=' + V + '\nEOT\n}\n',
 'sops_decrypted_yaml_output': '$ sops -d secrets.enc.yaml\n{N}: ' + V + '\nsops_note: decrypted locally\n',
 'chamber_exec_env_dump': '$ chamber exec idp-gateway -- env | grep {N}\n{N}=' + V + '\n',
 'infisical_export_dotenv_output': "$ infisical export --env=prod --format=dotenv\n{N}='" + V + "'\n",
 'aws_ssm_get_parameter_output': '{\n    "Parameter": {\n        "Name": "/prod/{N}",\n        "Type": "String",\n        "Value": "' + V + '",\n        "Version": 3\n    }\n}\n',
 'keeper_commander_get_output': 'My Vault> get {N}\n                 UID: 7bX2mQ\n                Type: login\n               Title: {N}\n            Password: ' + V + '\n',
 'jamf_extension_attribute_script': '#!/bin/zsh\n# Jamf Pro extension attribute\n{N}="' + V + '"\necho "<result>ok</result>"\n',
 'intune_remediation_powershell_script': '# Intune proactive remediation - detect.ps1\n$env:{N} = "' + V + '"\nexit 0\n',
 'munki_preflight_script_export': '#!/bin/bash\n# /usr/local/munki/preflight\nexport {N}=' + V + '\n',
 'mobileconfig_plist_string_entry': '<dict>\n  <key>PayloadType</key><string>com.apple.ManagedClient.preferences</string>\n  <key>{N}</key>\n  <string>' + V + '</string>\n</dict>\n',
 'osquery_flags_file_line': '--config_plugin=tls\n--tls_hostname=fleet.corp.example\n--{N}=' + V + '\n',
 'wazuh_ossec_conf_integration': '<integration>\n  <name>custom-webhook</name>\n  <hook_url>https://hooks.corp.example/wazuh</hook_url>\n  <api_key>' + V + '</api_key> <!-- {N} -->\n</integration>\n',
 'splunk_inputs_conf_stanza': '[script://./bin/pull_idp_logs.sh]\ninterval = 300\nsourcetype = idp:audit\n{N} = ' + V + '\n',
 'elastic_agent_policy_yaml_vars': 'inputs:\n  - type: httpjson\n    vars:\n      {N}: ' + V + '\n',
 'sigma_backend_config_yaml': 'backends:\n  es-prod:\n    type: elasticsearch\n    options:\n      {N}: "' + V + '"\n',
 'suricata_yaml_outputs_comment': 'outputs:\n  - eve-log:\n      enabled: yes\n      # shipper env {N}=' + V + '\n',
 'nuclei_provider_config_yaml': '# ~/.config/notify/provider-config.yaml\ncustom:\n  - id: soc\n    custom_webhook_url: https://hooks.corp.example/nuclei\n    custom_headers:\n      X-Env-{N}: "' + V + '"\n',
 'burp_project_options_json': '{\n  "project_options": {\n    "sessions": {\n      "macros": [{"description": "{N}", "value": "' + V + '"}]\n    }\n  }\n}\n',
 'metasploit_resource_script_setg': 'use auxiliary/scanner/http/http_login\nsetg {N} ' + V + '\nrun\n',
 'cobalt_strike_aggressor_cna': 'sub push_loot {\n    local(\'$' + '{N}\');\n    $' + '{N} = "' + V + '";\n}\n',
 'pentest_report_appendix_table': '| # | Finding | Evidence |\n|---|---|---|\n| 7 | Hard-coded secret in deploy script | `{N}=' + V + '` |\n',
 'android_strings_xml_resource': '<resources>\n    <string name="app_name">CorpAuthenticator</string>\n    <string name="{N}">' + V + '</string>\n</resources>\n',
 'ios_info_plist_custom_key': '<plist version="1.0">\n<dict>\n  <key>CFBundleIdentifier</key><string>com.corp.sso</string>\n  <key>{N}</key><string>' + V + '</string>\n</dict>\n</plist>\n',
 'chrome_extension_manifest_json': '{\n  "manifest_version": 3,\n  "name": "Corp SSO Helper",\n  "version": "2.4.1",\n  "description": "{N}=' + V + '"\n}\n',
 'firefox_extension_background_js': "// background.js\nconst {N} = '" + V + "';\nbrowser.runtime.onMessage.addListener(handle);\n",
 'react_native_config_env_file': '# .env.production (react-native-config)\nSSO_ISSUER=https://idp.corp.example\n{N}=' + V + '\n',
 'flutter_dart_define_json': '{\n  "SSO_CLIENT_ID": "corp-mobile",\n  "{N}": "' + V + '"\n}\n',
 'mdm_managed_app_config_xml': '<managedAppConfiguration>\n  <bundleId>com.corp.vpnclient</bundleId>\n  <dict>\n    <string keyName="{N}">\n      <defaultValue><value>' + V + '</value></defaultValue>\n    </string>\n  </dict>\n</managedAppConfiguration>\n',
}

def gen():
    rng = random.Random(SEED)
    use = {t: 0 for t in EVERYDAY_TYPES}
    out = []
    for kind, tpl in KINDS.items():
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in EVERYDAY_TYPES if t not in chosen], key=lambda t: (use[t], rng.random()))
            t = cands[0]; chosen.append(t); use[t] += 1
            vparts = everyday_value(rng, t)
            s = tpl.replace('{N}', VARNAME[t])
            a, b = s.split(V)
            out.append((kind, [a] + vparts + [b], 'everyday'))
    return out
