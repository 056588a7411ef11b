//! Parts of the UI loaded on demand. The shell (navigation, banners, storage, the
//! start page's empty state) is in the main wasm module; every page (the register's
//! table too) and every large part of a page is a split function that `wasm-split-cli`
//! moves into a chunk of its own (`.ci/build.sh`), fetched the first time it is shown
//! or, after the first page is shown, while the browser is idle
//! ([`crate::ui::routes::prefetch_all`]).
//!
//! A lazily loaded part is one declaration beside its component:
//!
//! ```ignore
//! lazy_part!(plan_goals, plan_goals, preload_plan_goals,
//!     /// The goals of an account plan, from their chunk.
//!     LazyPlanGoals(id: u64, plan: Memo<Plan>) => view! { <Goals id=id plan=plan/> });
//! ```
//!
//! declares the split function `plan_goals` in the chunk `plan_goals`, its preload
//! `preload_plan_goals` and the component `LazyPlanGoals` that shows it (a loading note
//! while it arrives, a retry if it cannot be loaded). A page is declared with
//! [`lazy_page!`] and listed in [`crate::ui::routes`]. With the cargo feature
//! `eager-pages` (browser tests, which are not post-processed by wasm-split) the same
//! functions are plain async functions.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::i18n::{common::C, tr};
use crate::state::use_app;

pub use crate::state::ChunkFailed;

/// `lazy_page!(chunk, page_fn, preload_fn, (args) => view)`: a view in a chunk of its
/// own, as `async fn page_fn(args) -> Result<AnyView, ChunkFailed>`.
macro_rules! lazy_page {
    ($chunk:ident, $name:ident, $preload:ident, ($($arg:ident : $ty:ty),*) => $body:expr) => {
        #[cfg(not(feature = "eager-pages"))]
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            preload($preload),
            fallible
        )]
        pub fn $name($($arg: $ty),*) -> Result<::leptos::prelude::AnyView, $crate::ui::lazy::ChunkFailed> {
            Ok($body)
        }

        #[cfg(feature = "eager-pages")]
        pub async fn $name($($arg: $ty),*) -> Result<::leptos::prelude::AnyView, $crate::ui::lazy::ChunkFailed> {
            Ok($body)
        }

        // Not every part is prefetched (the client view never is).
        #[cfg(feature = "eager-pages")]
        #[allow(dead_code)]
        pub async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

/// `lazy_part!(chunk, split_fn, preload_fn, LazyName(args) => view)`: a view in a chunk
/// of its own ([`lazy_page!`]) and the component `LazyName(args)` that shows it.
/// `quiet` before the name: no loading note (small parts of the shell, not pages).
macro_rules! lazy_part {
    ($chunk:ident, $name:ident, $preload:ident, $(#[$doc:meta])* quiet $lazy:ident ($($arg:ident : $ty:ty),*) => $body:expr) => {
        $crate::ui::lazy::lazy_part!(@with $chunk, $name, $preload, true, $(#[$doc])* $lazy ($($arg: $ty),*) => $body);
    };
    ($chunk:ident, $name:ident, $preload:ident, $(#[$doc:meta])* $lazy:ident ($($arg:ident : $ty:ty),*) => $body:expr) => {
        $crate::ui::lazy::lazy_part!(@with $chunk, $name, $preload, false, $(#[$doc])* $lazy ($($arg: $ty),*) => $body);
    };
    (@with $chunk:ident, $name:ident, $preload:ident, $quiet:literal, $(#[$doc:meta])* $lazy:ident ($($arg:ident : $ty:ty),*) => $body:expr) => {
        $crate::ui::lazy::lazy_page!($chunk, $name, $preload, ($($arg: $ty),*) => $body);

        $(#[$doc])*
        #[::leptos::component]
        pub fn $lazy($($arg: $ty),*) -> impl ::leptos::IntoView {
            $crate::ui::lazy::lazy_view(move || $name($($arg),*), $quiet)
        }
    };
}

/// `lazy_fn!(chunk, name, (args) -> T => body)`: a function in a chunk of its own that
/// is never prefetched: the spreadsheet libraries (about 250 KB gzip each) arrive only
/// when the user opens or exports an Excel file.
macro_rules! lazy_fn {
    ($chunk:ident, $name:ident, ($($arg:ident : $ty:ty),*) -> $out:ty => $body:expr) => {
        #[cfg(not(feature = "eager-pages"))]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::lazy::ChunkFailed> {
            Ok($body)
        }

        #[cfg(feature = "eager-pages")]
        pub async fn $name($($arg: $ty),*) -> Result<$out, $crate::ui::lazy::ChunkFailed> {
            Ok($body)
        }
    };
}

pub(crate) use {lazy_fn, lazy_page, lazy_part};

/// A view from a chunk: a loading note while it arrives (unless `quiet`), a message
/// with a retry if it cannot be loaded.
pub fn lazy_view<F, Fut>(load: F, quiet: bool) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<AnyView, ChunkFailed>> + 'static,
{
    let lang = use_app().lang;
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || (!quiet).then(|| view! {
            <p class="page-loading" role="status">{tr(lang, C::PageLoading)}</p>
        })>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(page) => page,
                        Err(ChunkFailed) => view! {
                            <div class="banner banner-error" role="alert">
                                <p>{tr(lang, C::PageLoadFailed)}</p>
                                <button on:click=move |_| attempt.update(|n| *n += 1)>
                                    {tr(lang, C::Retry)}
                                </button>
                            </div>
                        }
                        .into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}
