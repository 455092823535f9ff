#!/bin/sh
# Writes Janus' configuration from the environment (the same settings tools/scripts/lib/janus-config.cjs
# writes for `npm start`) and runs Janus in the foreground.
#   JANUS_API_SECRET  required: every request must carry it (only api and worker know it)
#   JANUS_ADMIN_KEY   required: the VideoRoom admin key (creating rooms)
#   JANUS_WS_PORT     WebSockets port for api and worker (default 8188; keep it internal)
#   JANUS_RTP_PORTS   UDP range for media (default 20000-20999; open it in the firewall)
#   JANUS_PUBLIC_IP   the address browsers reach (1:1 NAT, e.g. a cloud VM's public IP)
#   JANUS_STUN_SERVER host:port, when Janus must learn its public address itself
set -eu
: "${JANUS_API_SECRET:?JANUS_API_SECRET is required}"
: "${JANUS_ADMIN_KEY:?JANUS_ADMIN_KEY is required}"
dir=/tmp/janus
lib=/usr/lib/$(uname -m)-linux-gnu/janus
mkdir -p "$dir"
nat=""
[ -n "${JANUS_PUBLIC_IP:-}" ] && nat="$nat	nat_1_1_mapping = \"$JANUS_PUBLIC_IP\"
"
if [ -n "${JANUS_STUN_SERVER:-}" ]; then
  nat="$nat	stun_server = \"${JANUS_STUN_SERVER%:*}\"
	stun_port = ${JANUS_STUN_SERVER##*:}
"
fi
cat > "$dir/janus.jcfg" <<JCFG
general: {
	configs_folder = "$dir"
	plugins_folder = "$lib/plugins"
	transports_folder = "$lib/transports"
	events_folder = "$lib/events"
	loggers_folder = "$lib/loggers"
	debug_level = 4
	server_name = "eCampus"
	api_secret = "$JANUS_API_SECRET"
	session_timeout = 60
}
media: {
	rtp_port_range = "${JANUS_RTP_PORTS:-20000-20999}"
}
nat: {
$nat	ice_ignore_list = "vmnet"
}
plugins: {
	disable = "libjanus_audiobridge.so,libjanus_duktape.so,libjanus_echotest.so,libjanus_lua.so,libjanus_nosip.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_streaming.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_voicemail.so"
}
transports: {
	disable = "libjanus_http.so,libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so,libjanus_rabbitmq.so"
}
events: {
	broadcast = false
}
loggers: {
	disable = "libjanus_jsonlog.so"
}
JCFG
cat > "$dir/janus.transport.websockets.jcfg" <<JCFG
general: {
	json = "plain"
	ws = true
	ws_port = ${JANUS_WS_PORT:-8188}
	wss = false
}
admin: {
	admin_ws = false
}
JCFG
cat > "$dir/janus.plugin.videoroom.jcfg" <<JCFG
general: {
	admin_key = "$JANUS_ADMIN_KEY"
	lock_rtp_forward = true
}
JCFG
exec janus -F "$dir" -C "$dir/janus.jcfg" -o
