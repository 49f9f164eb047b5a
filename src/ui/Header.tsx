export function Header() {
  return (
    <header className="app__header">
      <h1 className="app__title">
        The battle for East Aleppo <span className="app__period">15 Nov – 22 Dec 2016</span>
      </h1>
      <p className="app__title-ar" lang="ar" dir="rtl">
        معركة أحياء حلب الشرقية
      </p>
      <p className="app__subtitle">Who held each district, day by day, as reconstructed from Arabic news reports.</p>
    </header>
  );
}
