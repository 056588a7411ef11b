//! The shell around every page: the top bar and its menu, the document title and
//! focus on a page change, the banners.

pub mod notices;
pub mod title;
pub mod titles;
pub mod topbar;
