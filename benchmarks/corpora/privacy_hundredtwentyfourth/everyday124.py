"""Everyday contact-centre secrets in 45 container kinds x 4."""
import random
from common124 import *

TYPES = [  # (type, key base, generator)
 ('ccdev_sip_trunk_registration_password', 'sip trunk password', lambda r: owner_pw(r)),
 ('ccdev_pbx_manager_interface_secret', 'ami secret', lambda r: owner_pw(r)),
 ('ccdev_ccaas_oauth_client_secret', 'ccaas client secret', lambda r: b64raw(r, 32, True)),
 ('ccdev_speech_to_text_api_key', 'stt api key', lambda r: hx(r, 40)),
 ('ccdev_recording_archive_secret_key', 'recording bucket secret', lambda r: b64raw(r, 30)),
 ('ccdev_crm_screenpop_api_token', 'crm popup token', lambda r: 'spop_' + an(r, 36)),
 ('ccdev_sms_gateway_api_key', 'sms gateway key', lambda r: an(r, 32)),
 ('ccdev_whatsapp_agent_app_secret', 'wa app secret', lambda r: hx(r, 32)),
 ('ccdev_ivr_database_password', 'ivr db password', lambda r: owner_pw(r)),
 ('ccdev_wallboard_bearer_jwt', 'wallboard jwt', lambda r: jwt(r)),
 ('ccdev_event_socket_password', 'esl password', lambda r: owner_pw(r)),
 ('ccdev_quality_scoring_api_token', 'qa scoring token', lambda r: uu(r)),
]

def key(base, case):
    w = base.split()
    if case == 'up': return '_'.join(w).upper()
    if case == 'sn': return '_'.join(w)
    if case == 'ca': return w[0] + ''.join(x.capitalize() for x in w[1:])
    if case == 'do': return '.'.join(w)
    if case == 'ke': return '-'.join(w)
    return ''.join(x.capitalize() for x in w)

KINDS = [
 ('pbx_pjsip_conf_endpoint_section', 'sn', '[trunk-out]\ntype=endpoint\ncontext=from-pstn\n; {K}\n{K}_value={V}\nallow=ulaw,alaw\n'),
 ('freeswitch_vars_xml_preprocess_set', 'sn', '<include>\n  <X-PRE-PROCESS cmd="set" data="domain=pbx.example.com"/>\n  <X-PRE-PROCESS cmd="set" data="{K}={V}"/>\n</include>\n'),
 ('kamailio_cfg_define_substdef', 'up', '#!substdef "!{K}!{V}!g"\nloadmodule "tm.so"\nrequest_route { route(REQINIT); }\n'),
 ('freepbx_amportal_conf_line', 'up', '# /etc/amportal.conf\nAMPDBHOST=localhost\n{K}={V}\nASTETCDIR=/etc/asterisk\n'),
 ('asterisk_extensions_conf_globals', 'up', '[globals]\nTRUNK=PJSIP/carrier-a\n{K}={V}\n\n[from-internal]\nexten => _9X.,1,Dial(${TRUNK}/${EXTEN:1})\n'),
 ('voicexml_document_var_expr', 'ca', '<vxml version="2.1">\n  <var name="{K}" expr="\'{V}\'"/>\n  <form id="main"><block><goto next="#menu"/></block></form>\n</vxml>\n'),
 ('ccxml_script_assign_element', 'ca', '<ccxml version="1.0">\n  <var name="{K}"/>\n  <assign name="{K}" expr="\'{V}\'"/>\n</ccxml>\n'),
 ('unimrcp_client_profile_xml_param', 'ca', '<mrcpv2-uac>\n  <param name="server-ip" value="10.12.0.8"/>\n  <param name="{K}" value="{V}"/>\n</mrcpv2-uac>\n'),
 ('contact_flow_json_lambda_parameter', 'ca', '{"Type":"InvokeLambdaFunction","Parameters":{"LambdaFunctionARN":"arn:aws:lambda:eu-west-2:000000000000:function:lookup","LambdaInvocationAttributes":{"{K}":"{V}"}}}\n'),
 ('architect_flow_yaml_data_action_input', 'ca', 'inboundCall:\n  name: Support IVR\n  startUpRef: ./menus/menu[main]\n  variables:\n    - stringVariable:\n        name: Flow.{K}\n        initialValue:\n          lit: "{V}"\n'),
 ('studio_flow_json_http_widget_header', 'pa', '{"name":"crm_lookup","type":"make-http-request","properties":{"method":"GET","url":"https://crm.example.com/api/v2/caller","headers":{"{K}":"{V}"}}}\n'),
 ('jambonz_application_env_json', 'up', '{"name":"ivr-bot","env_vars":{"LOG_LEVEL":"info","{K}":"{V}"}}\n'),
 ('drachtio_config_xml_admin_block', 'ca', '<drachtio>\n  <admin port="9022">127.0.0.1</admin>\n  <request-handlers><{K}>{V}</{K}></request-handlers>\n</drachtio>\n'),
 ('rtpengine_conf_ini_section', 'ke', '[rtpengine]\ninterface = internal/10.0.0.10;external/10.0.0.10!192.0.2.10\n{K} = {V}\nport-min = 30000\n'),
 ('heplify_server_toml_setting', 'pa', '# heplify-server.toml\nHEPAddr = "0.0.0.0:9060"\nDBShema = "homer7"\n{K} = "{V}"\n'),
 ('sipp_injection_csv_field_file', 'sn', 'SEQUENTIAL\n# ext;auth;{K}\n1001;[authentication username=1001 password=[field2]];{V}\n'),
 ('opensips_cfg_modparam_value', 'sn', 'loadmodule "usrloc.so"\nmodparam("usrloc", "db_mode", 2)\nmodparam("cc_custom", "{K}", "{V}")\n'),
 ('yealink_autoprovision_cfg_line', 'do', '#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.user_name = 2001\ncustom.{K} = {V}\n'),
 ('polycom_provisioning_xml_attribute', 'do', '<polycomConfig>\n  <reg reg.1.address="2002@pbx.example.com" custom.{K}="{V}"/>\n</polycomConfig>\n'),
 ('grandstream_pvalue_config_text', 'up', '# GXP provisioning\nP270 = Support line\nP35 = 2003\n# {K}\nP34 = {V}\n'),
 ('snom_settings_xml_item', 'sn', '<settings><phone-settings>\n  <user_name idx="1" perm="">2004</user_name>\n  <{K} idx="1" perm="">{V}</{K}>\n</phone-settings></settings>\n'),
 ('tr069_acs_parameter_dump_line', 'pa', 'InternetGatewayDevice.Services.VoiceService.1.VoiceProfile.1.Line.1.SIP.AuthUserName  string  2005\nInternetGatewayDevice.X_Vendor.{K}  string  {V}\n'),
 ('linphonerc_auth_info_section', 'sn', '[auth_info_0]\nusername=2006\nrealm=pbx.example.com\n{K}={V}\n'),
 ('microsip_ini_account_block', 'pa', '[Account1]\nlabel=Helpdesk\nserver=pbx.example.com\n{K}={V}\n'),
 ('open_cti_callcenter_definition_xml', 'ca', '<callCenter>\n  <section sortOrder="1" name="reqGeneralInfo" label="General">\n    <item sortOrder="0" name="{K}" label="Adapter">{V}</item>\n  </section>\n</callCenter>\n'),
 ('screenpop_chrome_extension_config_js', 'ca', '// config.js shipped with the agent extension\nexport const CONFIG = {\n  crmBase: "https://crm.example.com",\n  {K}: "{V}",\n};\n'),
 ('agent_desktop_electron_main_constant', 'up', "const { app, BrowserWindow } = require('electron');\nconst {K} = '{V}';\napp.whenReady().then(createWindow);\n"),
 ('whatsapp_agent_wrangler_toml_vars', 'up', 'name = "wa-agent"\nmain = "src/index.ts"\n[vars]\nGRAPH_VERSION = "v19.0"\n{K} = "{V}"\n'),
 ('sms_bot_fly_toml_env_table', 'up', 'app = "sms-bot"\n[env]\n  PORT = "8080"\n  {K} = "{V}"\n'),
 ('wallboard_dashing_config_ru', 'up', "require 'dashing'\nconfigure do\n  set :{K}, '{V}'\nend\nrun Sinatra::Application\n"),
 ('tts_prompt_build_script_export', 'up', '#!/bin/sh\n# regenerate IVR prompts\nexport {K}="{V}"\nfor f in prompts/*.ssml; do ./synth "$f"; done\n'),
 ('vicidial_astguiclient_conf_line', 'pa', 'VARserver_ip => 10.0.0.21\nVARDB_server => localhost\nVAR{K} => {V}\n'),
 ('threecx_crm_template_xml_parameter', 'pa', '<Crm Country="GB" Name="HelpdeskCRM" Version="1">\n  <Parameters>\n    <Parameter Name="{K}" Type="String" Default="{V}"/>\n  </Parameters>\n</Crm>\n'),
 ('queue_stats_clickhouse_users_xml', 'sn', '<clickhouse><users><wallboard>\n  <{K}>{V}</{K}>\n  <networks><ip>10.0.0.0/8</ip></networks>\n</wallboard></users></clickhouse>\n'),
 ('wfm_scheduler_julia_const', 'up', 'module Scheduler\nconst {K} = "{V}"\nforecast(day) = erlang_c(day.calls, day.aht)\nend\n'),
 ('pbx_backup_restic_env_file', 'up', 'RESTIC_REPOSITORY=s3:https://s3.example.com/pbx-backups\n{K}={V}\n'),
 ('sip_trunk_pulumi_stack_config', 'ca', 'config:\n  carrier:region: eu-west\n  carrier:{K}: {V}\n'),
 ('baresip_config_module_line', 'sn', 'module_path   /usr/lib/baresip/modules\nmodule        g711.so\n{K}  {V}\n'),
 ('homer_webapp_config_json', 'ca', '{"database_data":{"LocalNode":{"host":"db","user":"homer"}},"{K}":"{V}"}\n'),
 ('call_recording_rclone_conf_section', 'sn', '[recordings]\ntype = s3\nprovider = Other\nendpoint = https://objects.example.com\n{K} = {V}\n'),
 ('speech_analytics_airflow_conn_json', 'sn', '{"conn_id": "speech_api", "conn_type": "http", "host": "stt.example.com", "extra": {"{K}": "{V}"}}\n'),
 ('ivr_lex_bot_alias_lambda_env', 'up', '{"FunctionName":"ivr-fulfillment","Environment":{"Variables":{"LOCALE":"en_GB","{K}":"{V}"}}}\n'),
 ('kannel_conf_group_line', 'ke', 'group = smsc\nsmsc = http\nsmsc-id = aggregator-a\n{K} = "{V}"\n'),
 ('asterisk_func_odbc_conf_section', 'sn', '[CRMLOOKUP]\ndsn=crm\nreadsql=SELECT name FROM contacts WHERE phone=\'${SQL_ESC(${ARG1})}\'\n; {K}: {V}\n'),
 ('agent_ticket_freshdesk_private_note', 'sn', 'Private note by Ops (Tier 2):\nCustomer callback IVR was failing auth; I reset it. New {K} is {V} until we move it to the vault.\n'),
]
assert len(KINDS) == 45

def gen(seed=12401):
    r = random.Random(seed)
    out = []
    for i, (kind, case, tpl) in enumerate(KINDS):
        for j in range(4):
            t, kb, g = TYPES[(5 * i + 3 * j) % len(TYPES)]
            k = key(kb, case)
            v = g(r)
            pre, post = tpl.split('{V}')
            pre = pre.replace('{K}', k); post = post.replace('{K}', k)
            text = pre + v + post
            out.append({'type': t, 'container': kind, 'text': text,
                        'secrets': [{'value': v, 'start': len(pre), 'end': len(pre) + len(v), 'type': t}], 'source': 'everyday'})
    return out
