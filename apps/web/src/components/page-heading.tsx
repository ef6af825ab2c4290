import { useEffect, useRef, type ReactNode } from "react";

type PageHeadingProps = { children: ReactNode; className?: string; focusOnMount?: boolean };

/** The page's h1. It takes focus when the page mounts so screen-reader and keyboard users start at the new page. */
export function PageHeading({ children, className, focusOnMount = true }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  // Users keep several tabs open all day; the tab title tells them apart.
  useEffect(() => {
    if (typeof children === "string") document.title = `${children} · Waymark`;
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
