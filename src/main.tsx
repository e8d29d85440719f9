import { startApp } from '@/app/start-app';
import '@/app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void startApp(root);
