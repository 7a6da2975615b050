//! The live quiz's WebSocket to the classroom hub (`/live/socket` on the
//! page's own host), and what the hub says about itself (`/live/hub.json`).
//! Frames are text; what they mean is the live feature's business.

use lantern_core::quiz::live::{HUB_INFO_PATH, QR_PATH, SOCKET_PATH};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// One socket and its handlers, which live exactly as long as it does.
pub struct Socket {
    ws: web_sys::WebSocket,
    _handlers: [Closure<dyn FnMut(web_sys::Event)>; 3],
}

impl Socket {
    /// Opens a socket to the hub. `on_text` gets each text frame; `on_close`
    /// is called once, when it closes or fails to open.
    pub fn open(
        on_open: impl Fn() + 'static,
        on_text: impl Fn(String) + 'static,
        on_close: impl Fn() + 'static,
    ) -> Option<Socket> {
        let location = web_sys::window()?.location();
        let scheme = match location.protocol().ok()?.as_str() {
            "https:" => "wss",
            _ => "ws",
        };
        let url = format!("{scheme}://{}{SOCKET_PATH}", location.host().ok()?);
        let ws = web_sys::WebSocket::new(&url).ok()?;
        let opened = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_open());
        let message = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let text = e
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_string());
            if let Some(text) = text {
                on_text(text);
            }
        });
        let closed = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| on_close());
        ws.set_onopen(Some(opened.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(message.as_ref().unchecked_ref()));
        // An error is always followed by `close`, so that is the one heard.
        ws.set_onclose(Some(closed.as_ref().unchecked_ref()));
        Some(Socket {
            ws,
            _handlers: [opened, message, closed],
        })
    }

    /// Sends a frame if the socket is open.
    pub fn send(&self, text: &str) -> bool {
        self.ws.ready_state() == web_sys::WebSocket::OPEN && self.ws.send_with_str(text).is_ok()
    }
}

impl Drop for Socket {
    /// Closed without a word to its handlers: whoever drops it knows.
    fn drop(&mut self) {
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        let _ = self.ws.close();
    }
}

/// What the hub says about itself: whether it runs live quizzes, and where
/// phones join.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct HubInfo {
    pub lan: bool,
    #[serde(default)]
    pub join: Vec<String>,
}

/// `None` where no classroom hub serves the app (a static host, a file).
pub async fn hub_info() -> Option<HubInfo> {
    let text = super::data::fetch_checked(HUB_INFO_PATH).await.ok()?;
    serde_json::from_str(&text).ok()
}

/// The hub's drawing of join address `i`, as an image address.
pub fn qr_src(i: usize) -> String {
    format!("{QR_PATH}?i={i}")
}
